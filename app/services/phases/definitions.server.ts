// Saving a merchant's phase definitions into its settings. Definitions are read when a report is
// built, so nothing is re-derived; the data version moves so cached results are recomputed.
import type { Db } from "../../../db/client";
import { definitionEnglish, notSaved } from "../../domain/phases/definition-messages";
import { parseDefinitionsForm, sameDefinitions } from "../../domain/phases/definitions";
import type { PhaseDefinitions } from "../../domain/phases";
import { merchantSettingsSchema, type Phase } from "../../domain/settings";
import { bumpDataVersion, getMerchantBySlug, updateMerchantSettings } from "../../queries/merchants.server";
import type { MerchantContext } from "../merchants.server";

export type SaveDefinitionsResult =
  | { ok: true; definitions: PhaseDefinitions; usesDefaults: boolean }
  | { ok: false; fieldErrors: Partial<Record<Phase, string>>; formError?: string };

function storedSettings(db: Db, merchant: MerchantContext): Record<string, unknown> {
  const raw = getMerchantBySlug(db, merchant.slug)?.settings ?? "{}";
  try {
    const v: unknown = JSON.parse(raw);
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Stores definitions as the merchant's own; the contract's defaults are stored as no definition
 * at all, so a later change of the defaults reaches merchants who never chose their own.
 */
export function savePhaseDefinitions(db: Db, merchant: MerchantContext, definitions: PhaseDefinitions): SaveDefinitionsResult {
  const settings = storedSettings(db, merchant);
  const usesDefaults = sameDefinitions(definitions);
  if (usesDefaults) delete settings.phaseDefinitions;
  else settings.phaseDefinitions = definitions;
  const checked = merchantSettingsSchema.safeParse(settings);
  if (!checked.success) {
    return { ok: false, fieldErrors: {}, formError: definitionEnglish(notSaved(checked.error.issues.map((i) => i.message).join("; "))) };
  }
  db.$client.transaction(() => {
    updateMerchantSettings(db, merchant.id, JSON.stringify(settings));
    bumpDataVersion(db, merchant.id);
  })();
  return { ok: true, definitions, usesDefaults };
}

/** The definitions form, checked and saved. */
export function savePhaseDefinitionsForm(db: Db, merchant: MerchantContext, form: { getAll(name: string): unknown[] }): SaveDefinitionsResult {
  const parsed = parseDefinitionsForm(form);
  if (!parsed.ok) return parsed;
  return savePhaseDefinitions(db, merchant, parsed.definitions);
}
