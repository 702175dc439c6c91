// The calendar a forecast knows: the merchant's entered campaigns, the platform festivals as
// default campaign days (unless switched off, edited, or already entered as a campaign), and the
// public holidays. Each is an occurrence with a key shared by its editions (Double 11 2025 and
// Double 11 2026 are both "double-11"), so a future one can learn from the one before.
import { addDays, daysBetween, type Day } from "../time";
import { springFestival } from "./holidays";

export type OccurrenceSource = "campaign" | "festival" | "holiday";

export interface DatedOccurrence {
  /** what editions share: "double-11", "cn:national-day", a campaign's name without its year */
  key: string;
  label: string;
  /** campaign kind (platform, brand, flash, other), or holiday / workday */
  kind: string;
  source: OccurrenceSource;
  startsOn: Day;
  endsOn: Day;
}

/** An occurrence placed on a series: steps counted from the series' first step, end inclusive. */
export interface Occurrence {
  key: string;
  label: string;
  kind: string;
  start: number;
  end: number;
  /** a festival's default days the merchant did not enter: it teaches its own editions only */
  isDefault?: boolean;
}

export interface PlatformFestival {
  id: string;
  label: string;
  /** the default window: month-day for fixed festivals, days from the lunar new year otherwise */
  window: { from: string; to: string } | { lunarFrom: number; lunarTo: number };
}

/** Douyin / Tmall / JD festivals, with the windows the platforms have used in recent years. */
export const PLATFORM_FESTIVALS: readonly PlatformFestival[] = [
  { id: "nianhuo", label: "年货节 New Year Shopping Festival", window: { lunarFrom: -35, lunarTo: -10 } },
  { id: "womens-day", label: "38 女神节 Women's Day", window: { from: "03-01", to: "03-08" } },
  { id: "618", label: "618 Mid-year Festival", window: { from: "05-20", to: "06-18" } },
  { id: "99", label: "99 大促", window: { from: "09-01", to: "09-09" } },
  { id: "double-11", label: "双11 Double 11", window: { from: "10-20", to: "11-11" } },
  { id: "double-12", label: "双12 Double 12", window: { from: "12-01", to: "12-12" } },
];

export interface FestivalChoice {
  enabled: boolean;
  /** an edited window, month-day ("10-15"); both or neither */
  from?: string;
  to?: string;
}

/** A festival's window in a year, with the merchant's edit when there is one. */
export function festivalWindow(f: PlatformFestival, year: number, choice?: FestivalChoice): { startsOn: Day; endsOn: Day } {
  if (choice?.from && choice?.to) {
    const startsOn = `${year}-${choice.from}`;
    const endsOn = choice.to >= choice.from ? `${year}-${choice.to}` : `${year + 1}-${choice.to}`;
    return { startsOn, endsOn };
  }
  const w = f.window;
  if ("from" in w) return { startsOn: `${year}-${w.from}`, endsOn: `${year}-${w.to}` };
  const sf = springFestival(year);
  return { startsOn: addDays(sf, w.lunarFrom), endsOn: addDays(sf, w.lunarTo) };
}

function overlapDays(a: { startsOn: Day; endsOn: Day }, b: { startsOn: Day; endsOn: Day }): number {
  const from = a.startsOn > b.startsOn ? a.startsOn : b.startsOn;
  const to = a.endsOn < b.endsOn ? a.endsOn : b.endsOn;
  return from > to ? 0 : daysBetween(from, to) + 1;
}

/** A campaign's name without years and punctuation, so yearly editions share it. */
export function editionKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/(19|20)\d\d/g, " ")
    .replace(/[\s\-_·.,:;/()（）'"]+/g, " ")
    .trim();
}

/**
 * The festival a campaign stands for: one whose window (default, in the campaign's year) covers
 * at least half the campaign's days. Campaigns of other kinds still match, so a brand's own
 * "38 大促" is an edition of Women's Day.
 */
export function festivalOf(c: { startsOn: Day; endsOn: Day }): PlatformFestival | undefined {
  const days = daysBetween(c.startsOn, c.endsOn) + 1;
  const year = Number(c.startsOn.slice(0, 4));
  for (const f of PLATFORM_FESTIVALS) {
    for (const y of [year, year + 1]) {
      if (overlapDays(c, festivalWindow(f, y)) * 2 >= days) return f;
    }
  }
  return undefined;
}

/**
 * What a campaign's editions share: the festival it stands for, else its name without years.
 * The forecast learns a campaign's shape from earlier campaigns of the same key, and the Campaign
 * page compares a campaign with its previous edition by the same key (app/domain/fact/editions.ts).
 */
export function campaignEditionKey(c: { name: string; startsOn: Day; endsOn: Day }): string {
  const f = festivalOf(c);
  return f ? f.id : editionKey(c.name);
}

export interface CalendarCampaignInput {
  name: string;
  kind: string;
  startsOn: Day;
  endsOn: Day;
}

/**
 * Every occurrence from `from` to `to`: the entered campaigns (keyed by the festival they stand
 * for, else by name), the enabled festivals in years where no entered campaign already covers
 * them, and the holidays given.
 */
export function buildOccurrences(
  campaigns: readonly CalendarCampaignInput[],
  festivals: Readonly<Record<string, FestivalChoice>>,
  holidays: readonly DatedOccurrence[],
  from: Day,
  to: Day,
): DatedOccurrence[] {
  const out: DatedOccurrence[] = [];
  for (const c of campaigns) {
    if (c.endsOn < from || c.startsOn > to) continue;
    out.push({ key: campaignEditionKey(c), label: c.name, kind: c.kind, source: "campaign", startsOn: c.startsOn, endsOn: c.endsOn });
  }
  const entered = out.slice();
  for (const f of PLATFORM_FESTIVALS) {
    const choice = festivals[f.id];
    if (choice && !choice.enabled) continue;
    for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)) + 1; y++) {
      const w = festivalWindow(f, y, choice);
      if (w.endsOn < from || w.startsOn > to) continue;
      if (entered.some((c) => overlapDays(c, w) > 0 && (c.key === f.id || overlapDays(c, w) * 2 >= daysBetween(w.startsOn, w.endsOn) + 1))) continue;
      out.push({ key: f.id, label: `${f.label} ${w.endsOn.slice(0, 4)}`, kind: "platform", source: "festival", ...w });
    }
  }
  out.push(...holidays.filter((h) => h.endsOn >= from && h.startsOn <= to));
  return out.sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0));
}

/** Occurrences placed on a daily series that starts on `first`. */
export function placeOccurrences(occ: readonly DatedOccurrence[], first: Day): Occurrence[] {
  return occ.map((o) => ({
    key: o.key,
    label: o.label,
    kind: o.kind,
    start: daysBetween(first, o.startsOn),
    end: daysBetween(first, o.endsOn),
    ...(o.source === "festival" ? { isDefault: true } : {}),
  }));
}
