// The planner's merchant settings, stored as JSON and always read through this schema.
import { z } from "zod";

export const plannerSettingsSchema = z.object({
  /** the k-th post of the same creator and format in one plan brings repeatDecay^(k−1) of the first's views */
  repeatDecay: z.number().min(0.1).max(1).default(0.85),
  /** posts per creator and format a suggestion may book when not told */
  defaultMaxPosts: z.number().int().min(1).max(30).default(3),
  /** draws of the plan simulation (P10–P90 of a plan) */
  simulations: z.number().int().min(200).max(20000).default(2000),
});
export type PlannerSettings = z.infer<typeof plannerSettingsSchema>;

export function readPlannerSettings(json: string | null | undefined): PlannerSettings {
  let raw: unknown = {};
  try {
    raw = json ? JSON.parse(json) : {};
  } catch {
    raw = {};
  }
  const parsed = plannerSettingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : plannerSettingsSchema.parse({});
}

/** The simulation's fixed seed: the same plan shows the same P10–P90 everywhere. */
export const SIMULATION_SEED = 20240618;
