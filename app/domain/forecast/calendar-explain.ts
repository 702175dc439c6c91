// What shaped a forecast, in the merchant's words: each campaign or festival ahead with the
// profile laid on it and where that profile came from, and the holidays in the forecast days.
// Every sentence the page shows about the calendar is built here as a message (code and
// parameters, texts in explain-messages.ts) that the page translates.
import type { Message, MessageParam } from "../message";
import { addDays, type Day } from "../time";
import { fx, kindParam, occurrenceName } from "./explain-messages";
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
  /** the label as the page shows it: a festival's default days in the reader's language (occurrenceName) */
  name: Message | string;
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
  note: Message;
}

export interface HolidayAhead {
  label: string;
  startsOn: Day;
  endsOn: Day;
  /** mean lift over its days (below 1: sells less), null when no earlier one was seen */
  lift: number | null;
  note: Message;
}

export interface CalendarExplanation {
  country: HolidayCountry;
  modelUsesCalendar: boolean;
  campaigns: CampaignAhead[];
  holidays: HolidayAhead[];
  note: Message;
}

const times = (x: number) => `×${x.toFixed(x >= 10 ? 0 : x >= 2 ? 1 : 2)}`;

/** `nameOf`: an edition's label as the page names it (a festival's default days in the reader's words) */
export function profileNote(
  source: ProfileSource,
  learnedFrom: readonly string[],
  kind: string,
  peak: { date: Day; lift: number } | null,
  nameOf: (label: string) => MessageParam = (label) => label,
): Message {
  const withPeak = (m: Message) => (peak ? fx("sentences", { a: m, b: fx("peak", { lift: times(peak.lift), date: peak.date }) }) : m);
  if (source === "edition") {
    const edition = nameOf(learnedFrom[0]);
    return withPeak(learnedFrom.length > 1 ? fx("editionMore", { edition, count: learnedFrom.length - 1 }) : fx("edition", { edition }));
  }
  if (source === "kind") return withPeak(fx("kind", { count: learnedFrom.length, kind: kindParam(kind) }));
  return fx("none", { kind: kindParam(kind) });
}

export function calendarNote(modelUsesCalendar: boolean, country: HolidayCountry, campaigns: number): Message {
  const holidays = fx(`holidays.${country}`);
  if (!modelUsesCalendar) return fx("sentences", { a: fx("notCalendar"), b: holidays });
  return fx("sentences", { a: campaigns === 0 ? fx("noneAhead") : fx("ahead", { count: campaigns }), b: holidays });
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
  const names = new Map(dated.map((d) => [d.label, occurrenceName(d)]));
  const nameOf = (label: string) => names.get(label) ?? label;
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
        name: occurrenceName(d),
        kind: d.kind,
        source: d.source === "festival" ? "festival" : "campaign",
        startsOn: d.startsOn,
        endsOn: d.endsOn,
        profile: source,
        learnedFrom,
        peak,
        days: shown,
        leftOut: o.leftOut.includes(o.idOf(d)),
        note: profileNote(source, learnedFrom, d.kind, peak, nameOf),
      });
    } else {
      const lifts = shown.filter((x) => x.part === "during" && x.lift !== null).map((x) => x.lift as number);
      const mean = lifts.length ? lifts.reduce((s, v) => s + v, 0) / lifts.length : null;
      holidays.push({
        label: d.label,
        startsOn: d.startsOn,
        endsOn: d.endsOn,
        lift: source === "none" ? null : mean,
        note: source === "none" || mean === null ? fx("holidayUnseen") : fx("holidayLast", { lift: times(mean), edition: nameOf(learnedFrom[0]) }),
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
