// Saving a creator's rate card and the planner settings, with messages people read.
import { plannerEnglish } from "../../domain/planner/messages";
import type { Db } from "../../../db/client";
import { parseMoney } from "../../domain/money";
import { plannerSettingsFormSchema, rateCardSchema } from "../../domain/planner/requests";
import { plannerSettingsSchema, readPlannerSettings } from "../../domain/planner/settings";
import { readPlannerSettingsJson, writePlannerSettingsJson } from "../../queries/planner/planner-settings.server";
import { saveRateCard, type RateCardValues } from "../../queries/planner/save-rate-card.server";
import type { MerchantContext } from "../merchants.server";

export type FormOutcome = { ok: true } | { ok: false; errors: Record<string, string> };

export function saveRates(db: Db, merchant: MerchantContext, accountId: string, form: Record<string, unknown>): FormOutcome {
  const parsed = rateCardSchema.safeParse(form);
  if (!parsed.success) return { ok: false, errors: { form: plannerEnglish("rateCardUnreadable") } };
  const errors: Record<string, string> = {};
  const values: RateCardValues = { liveFee: null, videoFee: null, sampleCost: null, commissionRate: null, boost: null };
  for (const key of ["liveFee", "videoFee", "sampleCost", "boost"] as const) {
    const raw = parsed.data[key];
    if (!raw) continue;
    const m = parseMoney(raw);
    if (m.ok) values[key] = m.value;
    else errors[key] = plannerEnglish("amount", { problem: m.error });
  }
  const rate = parsed.data.commissionRate;
  if (rate) {
    // "20%" or "0.2"
    const n = rate.endsWith("%") ? Number(rate.slice(0, -1)) / 100 : Number(rate);
    if (Number.isFinite(n) && n >= 0 && n <= 1) values.commissionRate = n;
    else errors.commissionRate = plannerEnglish("commission");
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  saveRateCard(db, merchant.id, accountId, values);
  return { ok: true };
}

export function savePlannerSettings(db: Db, merchant: MerchantContext, form: Record<string, unknown>): FormOutcome {
  const parsed = plannerSettingsFormSchema.safeParse(form);
  if (!parsed.success) return { ok: false, errors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "form"), i.message])) };
  const current = readPlannerSettings(readPlannerSettingsJson(db, merchant.id));
  writePlannerSettingsJson(db, merchant.id, JSON.stringify(plannerSettingsSchema.parse({ ...current, ...parsed.data })));
  return { ok: true };
}
