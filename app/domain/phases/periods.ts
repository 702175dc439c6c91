// Periods a report range cuts short: a week or month the range covers only part of is not
// comparable with its neighbours, so reports say which ones they are.
import type { Message } from "../message";
import { pd, phaseDefEnglish } from "../report/phase-definitions";
import { eachDay, periodOf, type Grouping } from "../time";

export interface PartialPeriod {
  period: string;
  /** days of the period inside the range */
  days: number;
  /** days the whole period has */
  of: number;
}

function monthLength(month: string): number {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The weeks or months of from…to that the range does not cover whole; none for day and total. */
export function partialPeriods(from: string, to: string, by: Grouping): PartialPeriod[] {
  if (by === "day" || by === "total" || from > to) return [];
  const counts = new Map<string, number>();
  for (const d of eachDay(from, to)) counts.set(periodOf(d, by), (counts.get(periodOf(d, by)) ?? 0) + 1);
  const out: PartialPeriod[] = [];
  for (const [period, days] of counts) {
    const of = by === "week" ? 7 : monthLength(period);
    if (days < of) out.push({ period, days, of });
  }
  return out;
}

/** A period the range cuts short, as a message. */
export function partialMessage(p: PartialPeriod): Message {
  return pd("partial", { period: p.period, days: p.days, of: p.of });
}

/** "2026-W40 has 1 of its 7 days in the range." */
export function describePartial(p: PartialPeriod): string {
  return phaseDefEnglish(partialMessage(p));
}
