// Merchants: creation with checked inputs, and the context every page and command works in.
import { z } from "zod";
import type { Db } from "../../db/client";
import type { Merchant } from "../../db/schema";
import { accessEnglish } from "../domain/auth/messages";
import { readSettings, type MerchantSettings } from "../domain/settings";
import { isValidTimeZone } from "../domain/time";
import { getMerchantBySlug, insertMerchant, listMerchants } from "../queries/merchants.server";

/** A merchant as the services use it: settings parsed, ids resolved. */
export interface MerchantContext {
  id: number;
  slug: string;
  name: string;
  timezone: string;
  currency: string;
  settings: MerchantSettings;
  dataVersion: number;
  /** the workspace that owns it (null for a merchant made before workspaces: reachable by direct grants only) */
  workspaceId: number | null;
  category: string;
  /** a whole re-derivation under way (a settings change): the last day it has derived, '' before the first; null when none */
  rederiveThrough: string | null;
}

export function toContext(m: Merchant): MerchantContext {
  return {
    id: m.id,
    slug: m.slug,
    name: m.name,
    timezone: m.timezone,
    currency: m.currency,
    settings: readSettings(m.settings),
    dataVersion: m.dataVersion,
    workspaceId: m.workspaceId ?? null,
    category: m.category,
    rederiveThrough: m.rederiveThrough ?? null,
  };
}

export function findMerchant(db: Db, slug: string): MerchantContext | undefined {
  const m = getMerchantBySlug(db, slug);
  return m ? toContext(m) : undefined;
}

export function allMerchants(db: Db): MerchantContext[] {
  return listMerchants(db).map(toContext);
}

export const newMerchantSchema = z.object({
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, accessEnglish("merchantSlug")),
  name: z.string().trim().min(1).max(200).optional(),
  timezone: z
    .string()
    .trim()
    .default("Asia/Shanghai")
    .refine(isValidTimeZone, { message: accessEnglish("timezone") }),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, accessEnglish("currency"))
    .default("CNY"),
  category: z.string().trim().max(60).optional(),
  workspaceId: z.number().int().positive().optional(),
});

export type CreateMerchantResult = { ok: true; merchant: MerchantContext } | { ok: false; error: string };

export function createMerchant(db: Db, input: z.input<typeof newMerchantSchema>): CreateMerchantResult {
  const parsed = newMerchantSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => i.message).join(" ") };
  const { slug, name, timezone, currency, category, workspaceId } = parsed.data;
  if (getMerchantBySlug(db, slug)) return { ok: false, error: accessEnglish("merchantExists", { slug }) };
  const m = insertMerchant(db, { slug, name: name ?? slug, timezone, currency, category: category ?? "", workspaceId: workspaceId ?? null });
  return { ok: true, merchant: toContext(m) };
}
