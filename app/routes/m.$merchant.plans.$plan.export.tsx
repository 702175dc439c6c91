// A saved plan as CSV or XLSX for the client.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { planCsv, planFileName, planXlsx } from "~/services/planner/export.server";
import { loadPlan } from "~/services/planner/plans.server";
import { notFound, requireMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "export");
  const id = params.plan && /^\d{1,12}$/.test(params.plan) ? Number(params.plan) : null;
  const plan = id === null ? undefined : loadPlan(db, merchant, { id });
  if (!plan) throw notFound("This plan");
  const format = new URL(request.url).searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const name = planFileName(merchant.slug, plan, format);
  if (format === "csv") {
    return new Response(planCsv(plan), { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"` } });
  }
  return new Response(new Uint8Array(await planXlsx(plan, merchant.currency)), {
    headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Content-Disposition": `attachment; filename="${name}"` },
  });
}
