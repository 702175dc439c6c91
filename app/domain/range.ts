// Date ranges a page is asked for: presets ending at the anchor day, or explicit from/to.
import { z } from "zod";
import { addDays, isDay, previousPeriod, type Day } from "./time";

export const PRESETS = { "7d": 7, "28d": 28, "90d": 90, "365d": 365 } as const;
export type Preset = keyof typeof PRESETS | "custom";

export const rangeSearchSchema = z.object({
  from: z.string().refine(isDay).optional().catch(undefined),
  to: z.string().refine(isDay).optional().catch(undefined),
  range: z.enum(["7d", "28d", "90d", "365d"]).optional().catch(undefined),
});

export interface PageRange {
  from: Day;
  to: Day;
  preset: Preset;
  previous: { from: Day; to: Day };
}

/**
 * The range a page shows. Without from/to, a preset (28 days by default) ending at `anchor`:
 * the merchant's latest day with data, so a merchant who imported last month still sees it.
 */
export function pageRange(search: z.infer<typeof rangeSearchSchema>, anchor: Day): PageRange {
  let from: Day;
  let to: Day;
  let preset: Preset;
  if (search.from && search.to && search.from <= search.to) {
    from = search.from;
    to = search.to;
    preset = "custom";
  } else {
    preset = search.range ?? "28d";
    to = anchor;
    from = addDays(anchor, -(PRESETS[preset] - 1));
  }
  return { from, to, preset, previous: previousPeriod(from, to) };
}

/** A pillar filter in the URL: `?pillars=F,A`; unknown letters are ignored, empty means all. */
export function pillarsFromSearch(value: string | null): ("F" | "A" | "C" | "T" | "S")[] {
  if (!value) return [];
  const wanted = new Set(value.split(",").map((s) => s.trim().toUpperCase()));
  return (["F", "A", "C", "T", "S"] as const).filter((p) => wanted.has(p));
}
