// A merchant's own phase definitions: each phase a sum of counters. Parsed from the definitions
// form with the same schema the settings use, with errors a merchant can act on.
import { z } from "zod";
import { PHASE_LABELS, type PhaseDefinitions } from "../phases";
import { COUNTERS, DEFAULT_PHASE_DEFINITIONS, PHASES, type Counter, type Phase } from "../settings";

/** What each counter is, in the merchant's words. */
export const COUNTER_LABELS: Record<Counter, string> = {
  impressions: "Impressions",
  views: "Views",
  likes: "Likes",
  comments: "Comments",
  shares: "Shares",
  follows: "Follows",
  product_clicks: "Product clicks",
  cart_adds: "Cart adds",
  orders: "Orders (counted)",
  kept_orders: "Kept orders",
  media_reviews: "Reviews with media",
  reviews: "Reviews",
};

const phaseCounters = (phase: Phase) =>
  z
    .array(z.enum(COUNTERS, { message: "is not a counter factloop knows" }))
    .min(1, `Choose at least one counter for ${PHASE_LABELS[phase]}.`)
    // one order for every way of ticking the same boxes
    .transform((cs) => COUNTERS.filter((c) => cs.includes(c)));

export const phaseDefinitionsSchema = z.object(
  Object.fromEntries(PHASES.map((p) => [p, phaseCounters(p)])) as Record<Phase, ReturnType<typeof phaseCounters>>,
);

export type DefinitionsResult =
  | { ok: true; definitions: PhaseDefinitions }
  | { ok: false; fieldErrors: Partial<Record<Phase, string>> };

/** The definitions form: one checkbox group per phase, named after the phase. */
export function parseDefinitionsForm(form: { getAll(name: string): unknown[] }): DefinitionsResult {
  const raw = Object.fromEntries(PHASES.map((p) => [p, form.getAll(p).map(String)]));
  const parsed = phaseDefinitionsSchema.safeParse(raw);
  if (parsed.success) return { ok: true, definitions: parsed.data };
  const fieldErrors: Partial<Record<Phase, string>> = {};
  for (const issue of parsed.error.issues) {
    const phase = issue.path[0] as Phase;
    if (!fieldErrors[phase]) fieldErrors[phase] = issue.code === "too_small" ? issue.message : `${PHASE_LABELS[phase]}: a chosen counter ${issue.message}.`;
  }
  return { ok: false, fieldErrors };
}

/**
 * Things worth knowing about a definition that are not errors: a counter in two phases is
 * counted twice around the loop, so the step between them no longer means a conversion.
 */
export function definitionWarnings(defs: PhaseDefinitions): string[] {
  const seen = new Map<Counter, Phase[]>();
  for (const p of PHASES) for (const c of defs[p]) seen.set(c, [...(seen.get(c) ?? []), p]);
  const out: string[] = [];
  for (const [c, phases] of seen) {
    if (phases.length > 1) {
      out.push(`${COUNTER_LABELS[c]} count in ${phases.map((p) => PHASE_LABELS[p]).join(" and ")}; the step between them is no longer a conversion.`);
    }
  }
  return out;
}

export function sameDefinitions(a: PhaseDefinitions, b: PhaseDefinitions = DEFAULT_PHASE_DEFINITIONS): boolean {
  return PHASES.every((p) => a[p].length === b[p].length && a[p].every((c) => b[p].includes(c)));
}
