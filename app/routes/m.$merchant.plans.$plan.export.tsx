// A saved plan as CSV or XLSX for the client, built in the export pool's worker threads.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { attachment, buildOffThread } from "~/services/exports/respond.server";
import { notFound, requireMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "export");
  const id = params.plan && /^\d{1,12}$/.test(params.plan) ? Number(params.plan) : null;
  if (id === null) throw notFound("This plan");
  const format = new URL(request.url).searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const file = await buildOffThread(request, db, { kind: "plan", merchant, planId: id, format });
  if (!file.found) throw notFound("This plan");
  return attachment(file);
}
