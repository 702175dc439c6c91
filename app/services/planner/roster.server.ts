// The creator roster page and `factloop creators`: every creator and format with its history,
// estimate and cost, filtered, sorted and paged on the server (a page of rows reaches the browser).
import type { Db } from "../../../db/client";
import type { Calibration } from "../../domain/planner/calibrate";
import { filterRoster, rosterLine, type RosterFilter, type RosterLine } from "../../domain/planner/roster-line";
import type { Format } from "../../domain/planner/types";
import type { MerchantContext } from "../merchants.server";
import { plannerContext } from "./context.server";

export const ROSTER_PAGE_SIZE = 50;

export interface RosterPage {
  asOf: string;
  rows: RosterLine[];
  /** rows after filtering, before paging */
  total: number;
  all: number;
  page: number;
  pages: number;
  categories: string[];
  tiers: string[];
  calibration: Record<Format, Calibration>;
  decay: number;
}

export function rosterLines(db: Db, merchant: MerchantContext, asOf?: string): { asOf: string; lines: RosterLine[]; calibration: Record<Format, Calibration> } {
  const ctx = plannerContext(db, merchant, asOf);
  return { asOf: ctx.asOf, lines: ctx.rows.map(rosterLine), calibration: ctx.set.calibration };
}

export function rosterPage(db: Db, merchant: MerchantContext, filter: RosterFilter & { page?: number; asOf?: string }): RosterPage {
  const ctx = plannerContext(db, merchant, filter.asOf);
  const lines = ctx.rows.map(rosterLine);
  const filtered = filterRoster(lines, filter);
  const pages = Math.max(1, Math.ceil(filtered.length / ROSTER_PAGE_SIZE));
  const page = Math.min(Math.max(1, filter.page ?? 1), pages);
  return {
    asOf: ctx.asOf,
    rows: filtered.slice((page - 1) * ROSTER_PAGE_SIZE, page * ROSTER_PAGE_SIZE),
    total: filtered.length,
    all: lines.length,
    page,
    pages,
    categories: [...new Set(lines.map((l) => l.category))].sort(),
    tiers: merchant.settings.tierBands.map((b) => b.name),
    calibration: ctx.set.calibration,
    decay: ctx.settings.repeatDecay,
  };
}
