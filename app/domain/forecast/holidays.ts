// Public holidays as dated calendar occurrences, from two maintained packages: chinese-days for
// China (the State Council's yearly schedule, 调休 make-up workdays, lunar dates) and
// @holiday-jp/holiday_jp for Japan (the Cabinet Office list). Both ship their data, so nothing is
// fetched at run time. Where China's schedule is not announced yet (it comes out each November),
// the fixed and lunar dates are used and no make-up workdays are assumed.
import holidayJp from "@holiday-jp/holiday_jp";
import chineseDays from "chinese-days";
import { addDays, daysBetween, eachDay, weekday, type Day } from "../time";
import type { DatedOccurrence } from "./occurrences";

export const HOLIDAY_COUNTRIES = ["CN", "JP", "none"] as const;
export type HolidayCountry = (typeof HOLIDAY_COUNTRIES)[number];

/** Days before and after the lunar new year that couriers stop or slow down (腊月廿三 … 正月初七). */
export const SPRING_FESTIVAL_LOGISTICS = { before: 7, after: 7 } as const;

/** The lunar new year's day (正月初一) of a Gregorian year. */
export function springFestival(year: number): Day {
  return chineseDays.getSolarDateFromLunar(`${year}-01-01`).date;
}

/** A lunar date of a year (month and day of the lunar calendar) as a Gregorian day. */
function lunar(year: number, month: number, day: number): Day {
  return chineseDays.getSolarDateFromLunar(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`).date;
}

const announcedYears = new Map<number, boolean>();
/** Whether chinese-days carries the State Council's schedule for a year. */
export function cnScheduleAnnounced(year: number): boolean {
  let known = announcedYears.get(year);
  if (known === undefined) {
    known = chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    announcedYears.set(year, known);
  }
  return known;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Runs of consecutive days that share a name, as occurrences. */
function runs(days: { day: Day; name: string }[], make: (name: string, from: Day, to: Day) => DatedOccurrence): DatedOccurrence[] {
  const out: DatedOccurrence[] = [];
  let i = 0;
  while (i < days.length) {
    let j = i;
    while (j + 1 < days.length && days[j + 1].name === days[i].name && daysBetween(days[j].day, days[j + 1].day) === 1) j++;
    out.push(make(days[i].name, days[i].day, days[j].day));
    i = j + 1;
  }
  return out;
}

function cnHolidayYear(year: number): DatedOccurrence[] {
  const sf = springFestival(year);
  const out: DatedOccurrence[] = [
    {
      key: "cn:spring-festival",
      label: "Spring Festival (春节) and the logistics stop",
      kind: "holiday",
      source: "holiday",
      startsOn: addDays(sf, -SPRING_FESTIVAL_LOGISTICS.before),
      endsOn: addDays(sf, SPRING_FESTIVAL_LOGISTICS.after),
    },
  ];
  const holiday = (key: string, label: string, from: Day, to: Day): DatedOccurrence => ({
    key: `cn:${key}`,
    label,
    kind: "holiday",
    source: "holiday",
    startsOn: from,
    endsOn: to,
  });
  if (cnScheduleAnnounced(year)) {
    const days: { day: Day; name: string }[] = [];
    const workdays: Day[] = [];
    for (const day of eachDay(`${year}-01-01`, `${year}-12-31`)) {
      const d = chineseDays.getDayDetail(day);
      // Holidays carry "English,中文,days"; ordinary days carry the weekday's name.
      if (!d.work && d.name.includes(",")) days.push({ day, name: d.name });
      else if (d.work && weekday(day) >= 6) workdays.push(day);
    }
    for (const o of runs(days, (name, from, to) => {
      const [en, zh] = name.split(",");
      return holiday(slug(en), `${en} (${zh})`, from, to);
    })) {
      if (o.key !== "cn:spring-festival") out.push(o);
    }
    for (const day of workdays) {
      out.push({ key: "cn:make-up-workday", label: "调休 make-up workday", kind: "workday", source: "holiday", startsOn: day, endsOn: day });
    }
  } else {
    // Not announced yet: the usual days, without make-up workdays.
    const y = (md: string) => `${year}-${md}`;
    out.push(holiday("new-year-s-day", "New Year's Day (元旦)", y("01-01"), y("01-01")));
    const qingming = chineseDays.getSolarTermDate(year, 4, "pure_brightness");
    out.push(holiday("tomb-sweeping-day", "Tomb-sweeping Day (清明)", qingming, qingming));
    out.push(holiday("labour-day", "Labour Day (劳动节)", y("05-01"), y("05-05")));
    const dragon = lunar(year, 5, 5);
    out.push(holiday("dragon-boat-festival", "Dragon Boat Festival (端午)", dragon, dragon));
    const midAutumn = lunar(year, 8, 15);
    if (midAutumn < y("10-01") || midAutumn > y("10-07")) {
      out.push(holiday("mid-autumn-festival", "Mid-autumn Festival (中秋)", midAutumn, midAutumn));
    }
    out.push(holiday("national-day", "National Day (国庆)", y("10-01"), y("10-07")));
  }
  return out;
}

function jpHolidayYear(year: number): DatedOccurrence[] {
  const list = holidayJp.between(new Date(`${year}-01-01T00:00:00Z`), new Date(`${year}-12-31T00:00:00Z`));
  const days = list.map((h) => ({ day: h.date.toISOString().slice(0, 10), name: h.name_en }));
  const golden = days.filter((d) => d.day >= `${year}-04-29` && d.day <= `${year}-05-06`);
  const rest = days.filter((d) => !golden.includes(d));
  const out: DatedOccurrence[] = runs(rest, (name, from, to) => ({
    key: `jp:${slug(name === "Holiday in lieu" ? "substitute" : name)}`,
    label: name,
    kind: "holiday",
    source: "holiday",
    startsOn: from,
    endsOn: to,
  }));
  if (golden.length) {
    out.push({ key: "jp:golden-week", label: "Golden Week (ゴールデンウィーク)", kind: "holiday", source: "holiday", startsOn: golden[0].day, endsOn: golden[golden.length - 1].day });
  }
  // Customary breaks that are not public holidays but stop offices and slow deliveries.
  out.push({ key: "jp:obon", label: "Obon (お盆)", kind: "holiday", source: "holiday", startsOn: `${year}-08-13`, endsOn: `${year}-08-16` });
  out.push({ key: "jp:year-end", label: "Year-end break (年末年始)", kind: "holiday", source: "holiday", startsOn: `${year}-12-29`, endsOn: `${year + 1}-01-03` });
  return out.filter((o) => o.key !== "jp:new-year-s-day");
}

/** The public holidays (and make-up workdays) of a country that touch the days `from` … `to`. */
export function publicHolidays(country: HolidayCountry, from: Day, to: Day): DatedOccurrence[] {
  if (country === "none") return [];
  const out: DatedOccurrence[] = [];
  const y0 = Number(from.slice(0, 4)) - 1;
  const y1 = Number(to.slice(0, 4));
  for (let y = y0; y <= y1; y++) out.push(...(country === "CN" ? cnHolidayYear(y) : jpHolidayYear(y)));
  return out.filter((o) => o.endsOn >= from && o.startsOn <= to).sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0));
}

/** The holiday country a merchant's time zone suggests. */
export function countryOfTimeZone(tz: string): HolidayCountry {
  if (tz === "Asia/Tokyo") return "JP";
  if (["Asia/Shanghai", "Asia/Chongqing", "Asia/Harbin", "Asia/Urumqi", "PRC"].includes(tz)) return "CN";
  return "none";
}
