// What a page form or a command may ask of the planner, checked once with messages people read.
import { plannerEnglish } from "./messages";
import { z } from "zod";
import { parseMoney } from "../money";
import { isDay } from "../time";
import { FORMATS, INTENTS } from "./types";

const day = (what: string) => z.string().trim().refine(isDay, `${what} is a date such as 2026-11-01.`);
const money = (what: string) =>
  z.union([z.string(), z.number()]).transform((v, ctx) => {
    const parsed = parseMoney(String(v));
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: `${what} ${parsed.error}.` });
      return z.NEVER;
    }
    return parsed.value;
  });
/** "a,b" or ["a", "b"] → ["a", "b"]; empty → [] */
const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean)));

export const suggestRequestSchema = z
  .object({
    budget: money("The budget"),
    from: day("The first day"),
    to: day("The last day"),
    objective: z.enum(["gmv", "p10"]).default("gmv"),
    maxShare: z.coerce.number().gt(0, plannerEnglish("maxShareAbove0")).max(1, plannerEnglish("maxShareAtMost1")).default(0.3),
    maxPosts: z.coerce.number().int().min(1, plannerEnglish("maxPostsMin")).max(30).optional(),
    minCreators: z.coerce.number().int().min(0).max(500).default(0),
    minSeedingShare: z.coerce.number().min(0).max(1, plannerEnglish("seedingAtMost1")).default(0),
    formats: list.pipe(z.array(z.enum(FORMATS, { message: "A format is live or video." }))),
    tiers: list,
    categories: list,
    prospects: z.enum(["include", "exclude"]).default("include"),
  })
  .refine((r) => r.from <= r.to, { message: plannerEnglish("lastAfterFirst"), path: ["to"] });
export type SuggestRequest = z.output<typeof suggestRequestSchema>;

export const planLineSchema = z.object({
  accountId: z.string().min(1),
  format: z.enum(FORMATS),
  posts: z.coerce.number().int().min(1, "A line has at least one post.").max(30, "A line has at most 30 posts."),
  fromDay: day("A line's first day"),
  toDay: day("A line's last day"),
  intent: z.enum(INTENTS).optional(),
  why: z.string().max(500).optional(),
});
export type PlanLineRequest = z.output<typeof planLineSchema>;

export const planHeaderSchema = z
  .object({
    name: z.string().trim().min(1, plannerEnglish("nameRequired")).max(120),
    budget: money("The budget"),
    from: day("The first day"),
    to: day("The last day"),
  })
  .refine((r) => r.from <= r.to, { message: plannerEnglish("lastAfterFirst"), path: ["to"] });

/** A line in a URL or form: `accountId~format~posts~from~to~intent` (ids may hold anything but ~). */
export function encodeLine(l: { accountId: string; format: string; posts: number; fromDay: string; toDay: string; intent?: string }): string {
  return [l.accountId, l.format, l.posts, l.fromDay, l.toDay, l.intent ?? ""].join("~");
}

export function decodeLine(s: string, defaults: { fromDay: string; toDay: string }): unknown {
  const [accountId, format, posts, fromDay, toDay, intent] = s.split("~");
  return { accountId, format, posts: posts || 1, fromDay: fromDay || defaults.fromDay, toDay: toDay || defaults.toDay, intent: intent || undefined };
}

export const rateCardSchema = z.object({
  liveFee: z.string().trim().optional(),
  videoFee: z.string().trim().optional(),
  sampleCost: z.string().trim().optional(),
  commissionRate: z.string().trim().optional(),
  boost: z.string().trim().optional(),
});

export const plannerSettingsFormSchema = z.object({
  repeatDecay: z.coerce.number().min(0.1, plannerEnglish("repeatFactor")).max(1, plannerEnglish("repeatFactor")),
  defaultMaxPosts: z.coerce.number().int(plannerEnglish("postsPerCreator")).min(1, plannerEnglish("postsPerCreator")).max(30, plannerEnglish("postsPerCreator")),
});
