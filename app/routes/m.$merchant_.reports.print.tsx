// A phase report laid out for paper: no navigation, every row, the definitions of every measure.
// The browser's print dialog saves it as PDF. (`$merchant_` keeps it out of the app shell.)
// Its table is built off the request thread, in the export pool.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { useTranslation } from "react-i18next";
import { columnDefinition, columnLabel, reportNotes } from "~/components/column-label";
import { messageText } from "~/components/message-text";
import { ErrorPage } from "~/components/error-boundary";
import { formatCell } from "~/components/phases/format";
import { useFormat } from "~/components/use-format";
import { pageTitle, tOf } from "~/i18n/t";
import { localeOf } from "~/i18n/i18next.server";
import { reportText } from "~/components/report-text";
import type { ReportTable } from "~/domain/report/table";
import { buildOffThread } from "~/services/exports/respond.server";
import { exportText } from "~/services/exports/pool.server";
import { phaseReportRequest, reportCaveats } from "~/services/phases/phase-report.server";
import { phaseReportSearch } from "~/domain/phases/report-query";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "export");
  const req = phaseReportRequest(db, merchant, new URL(request.url));
  // the refusal in the reader's language (the error page shows it as the server's words)
  if (!req.ok) {
    const t = tOf(await localeOf(request));
    throw new Response(req.errors.map((e) => reportText(t, e)).join(" "), { status: 400, statusText: "Bad Request" });
  }
  // the table is built in the export pool's worker threads; React renders it here
  const table = JSON.parse(await exportText(await buildOffThread(request, db, { kind: "phase-table", merchant, query: req.query }, "page"))) as ReportTable;
  return {
    merchant: shownMerchant(merchant),
    search: phaseReportSearch(req.query),
    table,
    caveats: reportCaveats(table),
    printedAt: new Date().toISOString().slice(0, 16).replace("T", " "),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: `${pageTitle(matches, (t) => t("reports.printTitle"))[0].title.replace(/ · factloop$/, "")}${data ? ` ${data.table.from} – ${data.table.to} · ${data.merchant.name}` : ""} · factloop` },
];

export function ErrorBoundary() {
  return (
    <main className="error-page">
      <ErrorPage />
    </main>
  );
}

export default function PrintReport() {
  const { merchant, search, table, caveats, printedAt } = useLoaderData<typeof loader>();
  const splitKey = table.split === "none" ? null : table.split;
  const { t, i18n } = useTranslation();
  const f = useFormat();
  return (
    <div className="print-page">
      <header>
        <div>
          <h1>{t("reports.printTitle")}</h1>
          <div className="muted">{merchant.name}</div>
        </div>
        <div className="row no-print">
          <Link className="btn" to={`/m/${merchant.slug}/reports?${search}`}>
            {t("reports.back")}
          </Link>
          <button className="btn btn-primary" type="button" onClick={() => window.print()}>
            {t("reports.printButton")}
          </button>
        </div>
      </header>
      <dl>
        <dt>{t("reports.period")}</dt>
        <dd>{t("reports.daysIn", { from: table.from, to: table.to, tz: merchant.timezone })}</dd>
        <dt>{t("reports.groupedBy")}</dt>
        <dd>{t(`common.${table.by}`)}</dd>
        <dt>{t("reports.splitBy")}</dt>
        <dd>{table.split === "none" ? "—" : t("reports.splitNote", { split: t(`phases.split.${table.split}`) })}</dd>
        <dt>{t("reports.money")}</dt>
        <dd>{merchant.currency}</dd>
        {caveats.length ? (
          <>
            <dt>{t("reports.note")}</dt>
            <dd>{caveats.map((m) => messageText(t, m)).join(" ")}</dd>
          </>
        ) : null}
        <dt>{t("reports.built")}</dt>
        <dd>{t("reports.builtAt", { at: printedAt })}</dd>
      </dl>
      <table className="data">
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} className={c.type === "text" ? "" : "num"}>
                {columnLabel(t, c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i} className={splitKey && r[splitKey] === "ALL" ? "total" : undefined}>
              {table.columns.map((c) => (
                <td key={c.key} className={c.type === "text" ? "" : "num"}>
                  {formatCell(c, r[c.key], merchant.currency, f)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h2 style={{ margin: "18px 0 8px" }}>{t("reports.definitions")}</h2>
      <div className="defs">
        {table.columns
          .filter((c) => c.definition)
          .map((c) => (
            <p key={c.key}>
              <b>{columnLabel(t, c)}</b>: {columnDefinition(t, c, (k) => i18n.exists(k))}
            </p>
          ))}
        {reportNotes(t, table).map((n) => (
          <p key={n}>{n}</p>
        ))}
        <p>{t("reports.zeroDef")}</p>
      </div>
    </div>
  );
}
