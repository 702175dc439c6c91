// What a report asks for, parsed the same way from a URL, a form or the command line.
import { z } from "zod";
import { PILLARS } from "../pillars";
import { isDay } from "../time";

const day = z.string().refine(isDay, { message: "must be a date like 2024-06-18" });

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
