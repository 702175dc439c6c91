// The merchant's choices about the forecast's calendar, kept in the settings JSON: the country
// whose public holidays count, and each platform festival switched off or given other days.
import { z } from "zod";

const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "A day of the year is written MM-DD, for example 11-11.");

/** A platform festival as the merchant wants it: off, or on with its default or an edited window. */
export const festivalChoiceSchema = z
  .object({ enabled: z.boolean(), from: monthDay.optional(), to: monthDay.optional() })
  .refine((c) => (c.from === undefined) === (c.to === undefined), { message: "Give both the first and the last day, or neither." });

/** What the forecast's calendar holds beyond the entered campaigns. */
export const forecastCalendarSchema = z.object({
  /** public holidays of this country; absent: from the merchant's time zone */
  country: z.enum(["CN", "JP", "none"]).optional(),
  /** by festival id (app/domain/forecast/occurrences.ts); absent festivals are on with their default days */
  festivals: z.record(z.string(), festivalChoiceSchema).default({}),
});
export type ForecastCalendarSettings = z.infer<typeof forecastCalendarSchema>;
