// The merchant's forecast calendar settings: which platform festivals count as default campaign
// days and on which days, and whose public holidays. Stored in the settings JSON; saving bumps
// the data version so every cached forecast is recomputed with the new calendar.
import { z } from "zod";
import type { Db } from "../../db/client";
import type { FestivalChoice } from "../domain/forecast/occurrences";
import { festivalWindow, PLATFORM_FESTIVALS } from "../domain/forecast/occurrences";
import { HOLIDAY_COUNTRIES, type HolidayCountry } from "../domain/forecast/holidays";
import { bumpDataVersion, updateMerchantSettings } from "../queries/merchants.server";
import { findMerchant, type MerchantContext } from "./merchants.server";
import { holidayCountryOf } from "./forecast.server";

const FESTIVAL_IDS = PLATFORM_FESTIVALS.map((f) => f.id) as [string, ...string[]];
// validation messages are message keys, translated on the page
const monthDay = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .pipe(z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "forecastPage.badDay").optional());

/** One festival's form: on or off, and optionally other first and last days. */
export const festivalFormSchema = z
  .object({
    festival: z.enum(FESTIVAL_IDS),
    enabled: z.enum(["on", "off"]),
    from: monthDay.optional(),
    to: monthDay.optional(),
  })
  .refine((v) => (v.from === undefined) === (v.to === undefined), { message: "forecastPage.bothDays", path: ["to"] });

export const holidayCountryFormSchema = z.object({ country: z.enum(HOLIDAY_COUNTRIES) });

export interface FestivalSetting {
  /** the festival's id (PLATFORM_FESTIVALS); the page names it in the reader's words */
  id: string;
  enabled: boolean;
  /** the days it runs in `year`, edited or default */
  startsOn: string;
  endsOn: string;
  edited: boolean;
}

export interface CalendarSettingsView {
  country: HolidayCountry;
  festivals: FestivalSetting[];
}

export function calendarSettingsOf(merchant: MerchantContext, year: number): CalendarSettingsView {
  const choices = merchant.settings.forecastCalendar?.festivals ?? {};
  return {
    country: holidayCountryOf(merchant),
    festivals: PLATFORM_FESTIVALS.map((f) => {
      const choice = choices[f.id];
      const w = festivalWindow(f, year, choice);
      return { id: f.id, enabled: choice?.enabled ?? true, ...w, edited: !!(choice?.from && choice?.to) };
    }),
  };
}

function save(db: Db, merchant: MerchantContext, next: MerchantContext["settings"]): MerchantContext {
  db.$client.transaction(() => {
    updateMerchantSettings(db, merchant.id, JSON.stringify(next));
    bumpDataVersion(db, merchant.id);
  })();
  return findMerchant(db, merchant.slug)!;
}

/** Switches a festival on or off, or moves its days. */
export function saveFestivalChoice(db: Db, merchant: MerchantContext, form: z.output<typeof festivalFormSchema>): MerchantContext {
  const calendar = merchant.settings.forecastCalendar ?? { festivals: {} };
  const choice: FestivalChoice = { enabled: form.enabled === "on", ...(form.from && form.to ? { from: form.from, to: form.to } : {}) };
  return save(db, merchant, { ...merchant.settings, forecastCalendar: { ...calendar, festivals: { ...calendar.festivals, [form.festival]: choice } } });
}

/** Sets whose public holidays the forecast reads. */
export function saveHolidayCountry(db: Db, merchant: MerchantContext, country: HolidayCountry): MerchantContext {
  const calendar = merchant.settings.forecastCalendar ?? { festivals: {} };
  return save(db, merchant, { ...merchant.settings, forecastCalendar: { ...calendar, country } });
}
