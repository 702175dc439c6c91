// Conflicts across a workspace: the same creator booked for two merchants of the same category
// in windows that overlap (days inclusive).

export interface BookedLine {
  planId: number;
  planName: string;
  merchantSlug: string;
  merchantName: string;
  accountId: string;
  fromDay: string;
  toDay: string;
}

export const overlaps = (a: { fromDay: string; toDay: string }, b: { fromDay: string; toDay: string }) => a.fromDay <= b.toDay && b.fromDay <= a.toDay;

export interface Conflict {
  accountId: string;
  mine: { fromDay: string; toDay: string };
  other: BookedLine;
}

/** Lines of this plan that another merchant's plan books at the same time. */
export function findConflicts(mine: readonly { accountId: string; fromDay: string; toDay: string }[], others: readonly BookedLine[]): Conflict[] {
  const byAccount = new Map<string, BookedLine[]>();
  for (const o of others) byAccount.set(o.accountId, [...(byAccount.get(o.accountId) ?? []), o]);
  const out: Conflict[] = [];
  for (const m of mine) for (const o of byAccount.get(m.accountId) ?? []) if (overlaps(m, o)) out.push({ accountId: m.accountId, mine: { fromDay: m.fromDay, toDay: m.toDay }, other: o });
  return out;
}
