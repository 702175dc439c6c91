// The measures a phase report can show: the contract's columns (the default set) and the extras
// an analyst may add, with definitions that name the phase definition the merchant uses.
import { DEFAULT_PHASE_DEFINITIONS, PHASES, type Phase } from "../settings";
import type { PhaseDefinitions } from "../phases";
import { PHASE_COLUMNS, PHASE_EXTRA_COLUMNS } from "../report/phase-report";
import type { Message } from "../message";
import { countersParam, pd, phaseDefEnglish } from "../report/phase-definitions";
import type { Column } from "../report/table";

/** The contract's phase report columns, in the contract's order: what a report shows by default. */
export const DEFAULT_PHASE_MEASURES = PHASE_COLUMNS.map((c) => c.key);

/** Every measure a phase report can carry, in display order. */
export const PHASE_MEASURES = [...DEFAULT_PHASE_MEASURES, ...PHASE_EXTRA_COLUMNS.map((c) => c.key)];

export function isPhaseMeasure(key: string): boolean {
  return PHASE_MEASURES.includes(key);
}

/** Groups for the report builder's measure picker. */
export const PHASE_MEASURE_GROUPS: { title: string; keys: string[] }[] = [
  { title: "Phase volumes", keys: ["exploration", "connection", "verification", "purchase", "gmv", "confirmation", "sharing"] },
  { title: "Step conversion", keys: ["connection_rate", "verification_rate", "purchase_rate", "confirmation_rate", "sharing_rate", "overall_conversion"] },
  { title: "The loop", keys: ["loop_rate", "ugc_reach", "positive_review_rate", "shares", "ugc_impressions", "reviews", "positive_reviews", "media_reviews"] },
  { title: "Confirmation", keys: ["orders", "kept_orders", "kept_rate", "refunded_orders", "refunded_order_rate", "refunds", "refund_rate"] },
];

const PHASE_NUMBER: Record<Phase, number> = {
  exploration: 1, connection: 2, verification: 3, purchase: 4, confirmation: 5, sharing: 6,
};

/** "Σ product_clicks + cart_adds" */
export function formulaOf(counters: readonly string[]): string {
  return `Σ ${counters.join(" + ")}`;
}

export function isDefaultDefinition(defs: PhaseDefinitions, phase: Phase): boolean {
  const a = [...defs[phase]].sort();
  const b = [...DEFAULT_PHASE_DEFINITIONS[phase]].sort();
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

export function usesDefaultDefinitions(defs: PhaseDefinitions): boolean {
  return PHASES.every((p) => isDefaultDefinition(defs, p));
}

/** What a phase volume column means under these definitions, as a message. */
export function phaseDefinitionMessage(defs: PhaseDefinitions, phase: Phase): Message {
  const formula = pd("sum", { counters: countersParam(defs[phase]) });
  if (isDefaultDefinition(defs, phase)) return pd("volume", { n: PHASE_NUMBER[phase], formula });
  return pd("volumeOwn", { n: PHASE_NUMBER[phase], formula, defaultFormula: pd("sum", { counters: countersParam(DEFAULT_PHASE_DEFINITIONS[phase]) }) });
}

/** What a phase volume column means under these definitions: "Phase 1 volume: Σ impressions (the contract's default)." */
export function phaseDefinitionText(defs: PhaseDefinitions, phase: Phase): string {
  return phaseDefEnglish(phaseDefinitionMessage(defs, phase));
}

const ALL_COLUMNS = [...PHASE_COLUMNS, ...PHASE_EXTRA_COLUMNS];

/**
 * The measure columns of a phase report: the chosen keys (all contract columns when none are
 * chosen) in catalogue order, each phase volume defined as the merchant defines it.
 */
export function phaseColumns(defs: PhaseDefinitions, measures?: readonly string[]): Column[] {
  const chosen = measures && measures.length > 0 ? new Set(measures) : new Set(DEFAULT_PHASE_MEASURES);
  return ALL_COLUMNS.filter((c) => chosen.has(c.key)).map((c) =>
    (PHASES as readonly string[]).includes(c.key)
      ? { ...c, definition: phaseDefinitionText(defs, c.key as Phase), definitionMessage: phaseDefinitionMessage(defs, c.key as Phase) }
      : c,
  );
}

/** The notes every phase report carries: which phase definitions, and the money and days. */
export function phaseReportNotes(defs: PhaseDefinitions, currency: string, timezone: string): Message[] {
  const list = PHASES.map((p) => pd("equals", { phase: pd(`phase.${p}`), counters: countersParam(defs[p]) }));
  return [
    pd("definitions", { whose: pd(usesDefaultDefinitions(defs) ? "defaults" : "own"), list: { list, sep: "; " } }),
    moneyNote(currency, timezone),
  ];
}

/** "Money in CNY; days in Asia/Shanghai." */
export function moneyNote(currency: string, timezone: string): Message {
  return pd("money", { currency, timezone });
}
