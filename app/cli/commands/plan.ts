// factloop plan suggest|show|actual: the planner's suggestion, a saved plan, and a saved plan
// against what its creators delivered — the numbers of the plan pages.
import { planJson, rowsCsv, type PlanForFile } from "../../domain/planner/plan-json";
import { suggestRequestSchema } from "../../domain/planner/requests";
import { isDay } from "../../domain/time";
import { findMerchant, type MerchantContext } from "../../services/merchants.server";
import { planActual } from "../../services/planner/actual.server";
import { loadPlan, savePlan } from "../../services/planner/plans.server";
import { suggestPlan } from "../../services/planner/suggest.server";
import { dbFrom, EXIT, InputError, oneOf, parse, UsageError, type CliIo } from "../io";

const units = (c: number) => Math.round(c) / 100;

function print(io: CliIo, format: "json" | "csv", p: PlanForFile) {
  const json = planJson(p);
  if (format === "json") io.out(JSON.stringify(json, null, 2));
  else io.out(rowsCsv(json.plan.lines));
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "suggest" && sub !== "show" && sub !== "actual") throw new UsageError("plan needs suggest, show NAME or actual NAME");
  const { values, positionals } = parse(rest, {
    merchant: { type: "string" },
    budget: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    objective: { type: "string" },
    "max-share": { type: "string" },
    "max-posts": { type: "string" },
    "min-creators": { type: "string" },
    "min-seeding": { type: "string" },
    formats: { type: "string" },
    tiers: { type: "string" },
    categories: { type: "string" },
    "as-of": { type: "string" },
    save: { type: "string" },
    format: { type: "string" },
  });
  if (!values.merchant) throw new UsageError(`plan ${sub} needs --merchant SLUG`);
  const format = oneOf(values.format, ["json", "csv"] as const, "--format", "json");
  const db = dbFrom(values);
  try {
    const merchant = findMerchant(db, values.merchant);
    if (!merchant) throw new InputError(`no merchant "${values.merchant}" (factloop merchant list shows them)`);
    if (sub === "suggest") return suggestCommand(db, merchant, values, positionals, format, io);
    const name = positionals[0];
    if (!name || positionals.length > 1) throw new UsageError(`plan ${sub} needs one plan NAME`);
    const plan = loadPlan(db, merchant, { name });
    if (!plan) throw new InputError(`${merchant.slug} has no plan named "${name}"`);
    if (sub === "show") {
      print(io, format, { ...plan, merchant: merchant.slug });
      return EXIT.ok;
    }
    const a = planActual(db, merchant, plan);
    const lines = a.lines.map((l) => ({
      account_id: l.accountId,
      name: l.name,
      format: l.format,
      planned_posts: l.plannedPosts,
      actual_posts: l.actualPosts,
      planned_views: Math.round(l.plannedViews),
      actual_views: l.actualViews,
      planned_gmv: units(l.plannedGmv),
      actual_gmv: units(l.actualGmv),
      variance: units(l.variance),
      volume: units(l.volume),
      efficiency: units(l.efficiency),
      never_posted: l.neverPosted,
    }));
    if (format === "csv") io.out(rowsCsv(lines));
    else
      io.out(
        JSON.stringify(
          {
            report: "plan-actual",
            merchant: merchant.slug,
            plan: plan.name,
            from: plan.from,
            to: plan.to,
            through: a.through,
            status: a.status,
            totals: {
              planned_gmv: units(a.plannedGmv),
              actual_gmv: units(a.actualGmv),
              variance: units(a.split.total),
              volume: units(a.split.volume),
              efficiency: units(a.split.efficiency),
              mix: units(a.split.mix),
            },
            lines,
          },
          null,
          2,
        ),
      );
    return EXIT.ok;
  } finally {
    db.$client.close();
  }
}

function suggestCommand(
  db: ReturnType<typeof dbFrom>,
  merchant: MerchantContext,
  values: Record<string, string | boolean | undefined>,
  positionals: string[],
  format: "json" | "csv",
  io: CliIo,
): number {
  if (positionals.length) throw new UsageError(`unexpected argument ${positionals[0]}`);
  for (const f of ["budget", "from", "to"]) if (values[f] === undefined) throw new UsageError(`plan suggest needs --${f}`);
  const asOf = values["as-of"] as string | undefined;
  if (asOf !== undefined && !isDay(asOf)) throw new UsageError(`--as-of must be a date such as 2026-06-30 (got ${asOf})`);
  const parsed = suggestRequestSchema.safeParse({
    budget: values.budget,
    from: values.from,
    to: values.to,
    objective: values.objective,
    maxShare: values["max-share"],
    maxPosts: values["max-posts"],
    minCreators: values["min-creators"],
    minSeedingShare: values["min-seeding"],
    formats: values.formats,
    tiers: values.tiers,
    categories: values.categories,
  });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join(" "));
  const r = parsed.data;
  const s = suggestPlan(db, merchant, r, asOf);
  if (!s.ok) throw new InputError(`${merchant.slug}: the ${s.constraint} constraint cannot be met. ${s.message}`);
  const name = (values.save as string | undefined) ?? "suggestion";
  const constraints = { max_share: r.maxShare, max_posts: s.constraints.maxPosts, min_creators: r.minCreators, min_seeding_share: r.minSeedingShare, formats: r.formats, tiers: r.tiers, categories: r.categories };
  if (values.save) {
    const saved = savePlan(db, merchant, { name, budget: r.budget, from: r.from, to: r.to, objective: r.objective, constraints, asOf: s.asOf, figures: s.figures });
    if (!saved.ok) throw new InputError(`${merchant.slug}: ${saved.error}`);
  }
  print(io, format, { name, merchant: merchant.slug, budget: r.budget, from: r.from, to: r.to, objective: r.objective, asOf: s.asOf, constraints, lines: s.figures.lines, totals: s.figures.totals });
  return EXIT.ok;
}
