// A merchant's own phase definitions: each phase a sum of counters. Parsed from the definitions
// form with the same schema the settings use, with errors a merchant can act on.
import { z } from "zod";
import type { Message } from "../message";
import type { PhaseDefinitions } from "../phases";
import { atLeastOneCounter, countsTwice, definitionEnglish, notACounter } from "./definition-messages";
import { COUNTERS, DEFAULT_PHASE_DEFINITIONS, PHASES, type Counter, type Phase } from "../settings";

const phaseCounters = (phase: Phase) =>
  z
    .array(z.enum(COUNTERS, { message: definitionEnglish(notACounter(phase)) }))
    .min(1, definitionEnglish(atLeastOneCounter(phase)))
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
    // each issue's message is the whole sentence (definition-messages.ts)
    if (!fieldErrors[phase]) fieldErrors[phase] = issue.message;
  }
  return { ok: false, fieldErrors };
}

/**
 * Things worth knowing about a definition that are not errors: a counter in two phases is
 * counted twice around the loop, so the step between them no longer means a conversion.
 */
export function definitionWarningMessages(defs: PhaseDefinitions): Message[] {
  const seen = new Map<Counter, Phase[]>();
  for (const p of PHASES) for (const c of defs[p]) seen.set(c, [...(seen.get(c) ?? []), p]);
  const out: Message[] = [];
  for (const [c, phases] of seen) if (phases.length > 1) out.push(countsTwice(c, phases));
  return out;
}

/** The warnings in English. */
export function definitionWarnings(defs: PhaseDefinitions): string[] {
  return definitionWarningMessages(defs).map(definitionEnglish);
}

export function sameDefinitions(a: PhaseDefinitions, b: PhaseDefinitions = DEFAULT_PHASE_DEFINITIONS): boolean {
  return PHASES.every((p) => a[p].length === b[p].length && a[p].every((c) => b[p].includes(c)));
}
