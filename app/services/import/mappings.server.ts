// A merchant's saved header mappings, checked against the kind's fields before they are kept.
import type { Db } from "../../../db/client";
import { mappingProblems } from "../../domain/import/aliases";
import type { ImportKind } from "../../domain/import/kinds";
import { getColumnMappings, saveColumnMappings } from "../../queries/import/mappings.server";
import type { MerchantContext } from "../merchants.server";

export function savedMapping(db: Db, merchant: MerchantContext, kind: ImportKind): Record<string, string> {
  return getColumnMappings(db, merchant.id, kind);
}

export type SaveMappingResult = { ok: true } | { ok: false; errors: string[] };

export function saveMapping(db: Db, merchant: MerchantContext, kind: ImportKind, mapping: Record<string, unknown>): SaveMappingResult {
  const errors = mappingProblems(kind, mapping);
  if (errors.length) return { ok: false, errors };
  const clean = Object.fromEntries(Object.entries(mapping).map(([h, f]) => [h.trim(), String(f)]));
  saveColumnMappings(db, merchant.id, kind, clean);
  return { ok: true };
}
