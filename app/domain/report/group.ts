// Groups summed measures by period and split value, adding the ALL total of each period.
import { addInto, emptyMeasures, type Measures } from "../measures";
import { PILLARS } from "../pillars";

export type Split = "none" | "pillar" | "campaign" | "account" | "content";

export interface SplitInput {
  period: string;
  key: string;
  measures: Measures;
}

export interface PeriodGroup {
  period: string;
  /** split values in display order, ALL last; ["ALL"] when unsplit */
  keys: string[];
  measures: Map<string, Measures>;
}

/**
 * Every period in `periods` appears (zeros when empty); a pillar split lists all five pillars in
 * FACT+ order; other splits list the values with data, largest `rank` first.
 */
export function groupBySplit(
  inputs: SplitInput[],
  split: Split,
  periods: string[],
  rank: (m: Measures) => number,
): PeriodGroup[] {
  const byPeriod = new Map<string, Map<string, Measures>>();
  for (const p of periods) byPeriod.set(p, new Map());
  for (const i of inputs) {
    let m = byPeriod.get(i.period);
    if (!m) byPeriod.set(i.period, (m = new Map()));
    if (split !== "none") m.set(i.key, addInto(m.get(i.key) ?? emptyMeasures(), i.measures));
    m.set("ALL", addInto(m.get("ALL") ?? emptyMeasures(), i.measures));
  }
  return [...byPeriod.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, measures]) => {
      if (!measures.has("ALL")) measures.set("ALL", emptyMeasures());
      let keys: string[];
      if (split === "none") keys = ["ALL"];
      else if (split === "pillar") {
        for (const p of PILLARS) if (!measures.has(p)) measures.set(p, emptyMeasures());
        keys = [...PILLARS, "ALL"];
      } else {
        keys = [...measures.keys()].filter((k) => k !== "ALL");
        keys.sort((a, b) => rank(measures.get(b)!) - rank(measures.get(a)!) || a.localeCompare(b));
        keys.push("ALL");
      }
      return { period, keys, measures };
    });
}
