// What shaped a forecast, in the merchant's words: each campaign or festival ahead with the
// profile laid on it and where that profile came from, and the holidays in the forecast days.
// Every sentence the page shows about the calendar is built here, in one place to translate.
import { addDays, type Day } from "../time";
import { fitCalendar, isCampaignOccurrence, type ProfileDay, type ProfileSource } from "./calendar-profile";
import type { HolidayCountry } from "./holidays";
import type { DatedOccurrence } from "./occurrences";
import type { ForecastInput } from "./types";

export interface CalendarDayLift {
  date: Day;
  part: "before" | "during" | "after";
  /** forecast over the ordinary day's: 2.5 means two and a half times; null where none was learned */
  lift: number | null;
}

export interface CampaignAhead {
  /** the what-if id: key@first day */
  id: string;
  label: string;
  kind: string;
  /** entered by the merchant, or a platform festival's default days */
  source: "campaign" | "festival";
  startsOn: Day;
  endsOn: Day;
  profile: ProfileSource;
  learnedFrom: string[];
  peak: { date: Day; lift: number } | null;
  days: CalendarDayLift[];
  /** the what-if left it out of this forecast */
  leftOut: boolean;
  note: string;
}

export interface HolidayAhead {
  label: string;
  startsOn: Day;
  endsOn: Day;
  /** mean lift over its days (below 1: sells less), null when no earlier one was seen */
  lift: number | null;
  note: string;
}

export interface CalendarExplanation {
  country: HolidayCountry;
  modelUsesCalendar: boolean;
  campaigns: CampaignAhead[];
  holidays: HolidayAhead[];
  note: string;
}

const COUNTRY_NAMES: Record<HolidayCountry, string> = { CN: "China", JP: "Japan", none: "no country" };

const times = (x: number) => `×${x.toFixed(x >= 10 ? 0 : x >= 2 ? 1 : 2)}`;

export function profileNote(source: ProfileSource, learnedFrom: readonly string[], kind: string, peak: { date: Day; lift: number } | null): string {
  const peakText = peak ? ` Peak ${times(peak.lift)} the ordinary day on ${peak.date}.` : "";
  if (source === "edition") {
    const more = learnedFrom.length > 1 ? ` (and ${learnedFrom.length - 1} earlier edition${learnedFrom.length > 2 ? "s" : ""})` : "";
    return `Shaped like its previous edition, ${learnedFrom[0]}${more}.${peakText}`;
  }
  if (source === "kind") {
    return `No earlier edition: shaped like the average of your ${learnedFrom.length} earlier ${kind} campaign${learnedFrom.length === 1 ? "" : "s"}.${peakText}`;
  }
  return `No earlier edition and no earlier ${kind} campaign to learn from: no lift added.`;
}

export function calendarNote(modelUsesCalendar: boolean, country: HolidayCountry, campaigns: number): string {
  const holidays = country === "none" ? "No public holidays are used." : `Public holidays of ${COUNTRY_NAMES[country]} are on the calendar.`;
  if (!modelUsesCalendar) {
    return `The chosen model does not read the calendar: tested on the past, models that add campaign and holiday shapes predicted worse here. ${holidays}`;
  }
  return `${campaigns === 0 ? "No campaign or festival days ahead." : `${campaigns} campaign${campaigns === 1 ? "" : "s"} or festival${campaigns === 1 ? "" : "s"} ahead, each with the shape learned from the past.`} ${holidays}`;
}

function lift(d: ProfileDay | undefined): number | null {
  return d && d.ratio !== null ? d.ratio : null;
}

export interface ExplainOptions {
  /** the day of step 0 */
  first: Day;
  modelUsesCalendar: boolean;
  country: HolidayCountry;
  idOf: (o: DatedOccurrence) => string;
  leftOut: readonly string[];
}

/** `input.occurrences[i]` is `dated[i]` placed on the series; `input` holds every occurrence. */
export function describeCalendar(input: ForecastInput, dated: readonly DatedOccurrence[], o: ExplainOptions): CalendarExplanation {
  const n = input.history.length;
  const lastDay = addDays(o.first, n + input.horizon - 1);
  const firstAhead = addDays(o.first, n);
  const fit = fitCalendar(input);
  const campaigns: CampaignAhead[] = [];
  const holidays: HolidayAhead[] = [];
  dated.forEach((d, i) => {
    if (d.endsOn < firstAhead || d.startsOn > lastDay) return;
    const applied = fit?.applied.get(i);
    const occ = input.occurrences![i];
    const days: CalendarDayLift[] = [];
    if (applied) {
      const p = applied.profile;
      p.pre.forEach((x, k) => days.push({ date: addDays(o.first, occ.start - p.pre.length + k), part: "before", lift: lift(x) }));
      p.body.forEach((x, k) => days.push({ date: addDays(o.first, occ.start + k), part: "during", lift: lift(x) }));
      p.post.forEach((x, k) => days.push({ date: addDays(o.first, occ.end + 1 + k), part: "after", lift: lift(x) }));
    }
    const shown = days.filter((x) => x.date >= firstAhead && x.date <= lastDay);
    const source = applied?.source ?? "none";
    const learnedFrom = applied?.learnedFrom ?? [];
    if (isCampaignOccurrence(occ)) {
      const peakDay = shown.filter((x) => x.lift !== null).sort((a, b) => (b.lift as number) - (a.lift as number))[0];
      const peak = peakDay && source !== "none" ? { date: peakDay.date, lift: peakDay.lift as number } : null;
      campaigns.push({
        id: o.idOf(d),
        label: d.label,
        kind: d.kind,
        source: d.source === "festival" ? "festival" : "campaign",
        startsOn: d.startsOn,
        endsOn: d.endsOn,
        profile: source,
        learnedFrom,
        peak,
        days: shown,
        leftOut: o.leftOut.includes(o.idOf(d)),
        note: profileNote(source, learnedFrom, d.kind, peak),
      });
    } else {
      const lifts = shown.filter((x) => x.part === "during" && x.lift !== null).map((x) => x.lift as number);
      const mean = lifts.length ? lifts.reduce((s, v) => s + v, 0) / lifts.length : null;
      holidays.push({
        label: d.label,
        startsOn: d.startsOn,
        endsOn: d.endsOn,
        lift: source === "none" ? null : mean,
        note:
          source === "none" || mean === null
            ? "Not seen in your history yet: no change added."
            : `Last time ${mean >= 1 ? "sold" : "sold"} ${times(mean)} an ordinary day (${learnedFrom[0]}).`,
      });
    }
  });
  return {
    country: o.country,
    modelUsesCalendar: o.modelUsesCalendar,
    campaigns,
    holidays,
    note: calendarNote(o.modelUsesCalendar, o.country, campaigns.filter((c) => !c.leftOut).length),
  };
}
