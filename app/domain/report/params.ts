// What a report asks for, parsed the same way from a URL, a form or the command line.
import { z } from "zod";
import { PILLARS } from "../pillars";
import { isDay } from "../time";

/** The schema's own words for a day it cannot read (the command line prints "--from must be …"). */
export const BAD_DAY_MESSAGE = "must be a date like 2024-06-18";
const day = z.string().refine(isDay, { message: BAD_DAY_MESSAGE });

export const reportParamsSchema = z
  .object({
    from: day.optional(),
    to: day.optional(),
    by: z.enum(["day", "week", "month", "total"]).default("total"),
    split: z.enum(["none", "pillar", "campaign", "account", "content"]).default("none"),
    pillars: z.array(z.enum(PILLARS)).optional(),
  })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: "--from must not be after --to", path: ["from"] });

export type ReportParams = z.infer<typeof reportParamsSchema>;
