// A phase report laid out for paper: no navigation, every row, the definitions of every measure.
// The browser's print dialog saves it as PDF. (`$merchant_` keeps it out of the app shell.)
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatCell } from "~/components/phases/format";
import { buildPhaseReport, phaseReportRequest, reportCaveats } from "~/services/phases/phase-report.server";
import { phaseReportSearch } from "~/domain/phases/report-query";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "export");
  const req = phaseReportRequest(db, merchant, new URL(request.url));
  if (!req.ok) throw new Response(req.errors.join(" "), { status: 400, statusText: "Bad Request" });
  const table = buildPhaseReport(db, merchant, req.query);
  return {
    merchant: shownMerchant(merchant),
    search: phaseReportSearch(req.query),
    table,
    caveats: reportCaveats(table),
    printedAt: new Date().toISOString().slice(0, 16).replace("T", " "),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Phase report ${data.table.from} – ${data.table.to} · ${data.merchant.name}` : "Phase report" },
];

export default function PrintReport() {
  const { merchant, search, table, caveats, printedAt } = useLoaderData<typeof loader>();
  const splitKey = table.split === "none" ? null : table.split;
  return (
    <div className="print-page">
      <header>
        <div>
          <h1>Infinity phase report</h1>
          <div className="muted">{merchant.name}</div>
        </div>
        <div className="row no-print">
          <Link className="btn" to={`/m/${merchant.slug}/reports?${search}`}>
            ← Back to the builder
          </Link>
          <button className="btn btn-primary" type="button" onClick={() => window.print()}>
            Print / Save as PDF
          </button>
        </div>
      </header>
      <dl>
        <dt>Period</dt>
        <dd>
          {table.from} → {table.to} (days in {merchant.timezone})
        </dd>
        <dt>Grouped by</dt>
        <dd>{table.by}</dd>
        <dt>Split by</dt>
        <dd>{table.split === "none" ? "—" : `${table.split}; ALL rows are the totals of each period`}</dd>
        <dt>Money</dt>
        <dd>{merchant.currency}</dd>
        {caveats.length ? (
          <>
            <dt>Note</dt>
            <dd>{caveats.join(" ")}</dd>
          </>
        ) : null}
        <dt>Built</dt>
        <dd>{printedAt} UTC, from the data as it was then</dd>
      </dl>
      <table className="data">
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} className={c.type === "text" ? "" : "num"}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i} className={splitKey && r[splitKey] === "ALL" ? "total" : undefined}>
              {table.columns.map((c) => (
                <td key={c.key} className={c.type === "text" ? "" : "num"}>
                  {formatCell(c, r[c.key], merchant.currency)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h2 style={{ margin: "18px 0 8px" }}>Definitions</h2>
      <div className="defs">
        {table.columns
          .filter((c) => c.definition)
          .map((c) => (
            <p key={c.key}>
              <b>{c.label}</b>: {c.definition}
            </p>
          ))}
        {table.notes.map((n) => (
          <p key={n}>{n}</p>
        ))}
        <p>A rate whose denominator is 0 has no value and shows “—”.</p>
      </div>
    </div>
  );
}
