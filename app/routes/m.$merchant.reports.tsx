// The phase report builder: choose period, grouping, split and measures, preview the table,
// export it (CSV, XLSX, JSON) or print it, and save the definition to reopen by URL.
import { CsrfField } from "~/components/csrf-field";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { pageTitle } from "~/i18n/t";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/link";
import { useTranslation } from "react-i18next";
import { reportText } from "~/components/report-text";
import { accessEnglish } from "~/domain/auth/messages";
import { z } from "zod";
import { DataTable } from "~/components/data-table";
import { columnDefinition, reportNotes } from "~/components/column-label";
import { messageText } from "~/components/message-text";
import { reportColumns } from "~/components/phases/report-columns";
import type { Message } from "~/domain/message";
import { DEFAULT_PHASE_MEASURES, PHASE_MEASURE_GROUPS } from "~/domain/phases/columns";
import { GROUPINGS, phaseReportCommand, phaseReportSearch, SPLITS } from "~/domain/phases/report-query";
import { PHASE_COLUMNS, PHASE_EXTRA_COLUMNS } from "~/domain/report/phase-report";
import { buildPhaseReport, phaseReportRequest, reportCaveats } from "~/services/phases/phase-report.server";
import { removePhaseReport, savedPhaseReports, savePhaseReport } from "~/services/phases/saved-reports.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

/** Rows the page previews; exports and the print page carry every row. */
const PREVIEW_ROWS = 2000;

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const url = new URL(request.url);
  const req = phaseReportRequest(db, merchant, url);
  const saved = savedPhaseReports(db, merchant);
  const savedName = url.searchParams.get("saved");
  if (!req.ok) return { merchant: shownMerchant(merchant), errors: req.errors, query: null, search: "", table: null, rowCount: 0, caveats: [] as Message[], saved, savedName };
  const table = buildPhaseReport(db, merchant, req.query);
  const caveats = reportCaveats(table);
  return {
    merchant: shownMerchant(merchant),
    errors: [] as string[],
    query: req.query,
    search: phaseReportSearch(req.query),
    // the page previews a slice; exports and the print page build every row
    table: { ...table, rows: table.rows.slice(0, PREVIEW_ROWS) },
    rowCount: table.rows.length,
    caveats,
    saved,
    savedName,
  };
}

const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("save"), name: z.string(), params: z.string() }),
  z.object({ intent: z.literal("delete"), id: z.coerce.number().int().positive() }),
]);

export async function action({ params, request }: ActionFunctionArgs) {
  const { db, merchant, audit } = await requireMerchant(request, params.merchant, "report");
  const parsed = actionSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ errors: { form: accessEnglish("notUnderstood") } }, { status: 400 });
  const base = `/m/${merchant.slug}/reports`;
  if (parsed.data.intent === "delete") {
    if (!removePhaseReport(db, merchant, parsed.data.id)) throw new Response("There is no such saved report.", { status: 404 });
    audit("report_deleted", { id: parsed.data.id });
    return redirect(base);
  }
  const result = savePhaseReport(db, merchant, { name: parsed.data.name, params: parsed.data.params });
  if (!result.ok) return data({ errors: result.errors }, { status: 400 });
  audit("report_saved", { id: result.report.id, name: result.report.name });
  return redirect(`${base}?${result.report.params}&saved=${encodeURIComponent(result.report.name)}`);
}

const GROUP_KEYS: Record<string, "volumes" | "steps" | "loop" | "confirmation"> = {
  "Phase volumes": "volumes",
  "Step conversion": "steps",
  "The loop": "loop",
  Confirmation: "confirmation",
};
const LABEL = new Map([...PHASE_COLUMNS, ...PHASE_EXTRA_COLUMNS].map((c) => [c.key, c]));

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("reports.title"));

export { RouteErrorBoundary as ErrorBoundary } from "~/components/error-boundary";

export default function PhaseReports() {
  const { merchant, errors, query, search, table, rowCount, caveats, saved, savedName } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const loading = useNavigation().state !== "idle";
  const { t, i18n } = useTranslation();
  const base = `/m/${merchant.slug}/reports`;
  const chosen = new Set(query?.measures ?? DEFAULT_PHASE_MEASURES);
  const actionErrors: Record<string, string | undefined> = result?.errors ?? {};
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>{t("reports.title")}</h1>
          <div className="sub">{t("reports.lead")}</div>
        </div>
      </div>

      <div className="card">
        <Form method="get" aria-label={t("reports.definition")}>
          <div className="builder">
            <label>
              {t("common.from")}
              <input type="date" name="from" defaultValue={query?.from} key={`f${query?.from}`} required />
            </label>
            <label>
              {t("common.to")}
              <input type="date" name="to" defaultValue={query?.to} key={`t${query?.to}`} required />
            </label>
            <label>
              {t("reports.groupBy")}
              <select name="by" defaultValue={query?.by ?? "week"} key={`b${query?.by}`}>
                {GROUPINGS.map((g) => (
                  <option key={g} value={g}>
                    {t(`common.${g}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("reports.splitBy")}
              <select name="split" defaultValue={query?.split ?? "none"} key={`s${query?.split}`}>
                {SPLITS.map((s) => (
                  <option key={s} value={s}>
                    {s === "none" ? t("reports.noSplit") : t(`phases.split.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <div className="row builder-actions">
              <button className="btn btn-primary" type="submit" disabled={loading}>
                {loading ? t("reports.building") : t("reports.preview")}
              </button>
            </div>
          </div>
          <div className="measure-picker" key={search}>
            {PHASE_MEASURE_GROUPS.map((g) => (
              <fieldset key={g.title}>
                <legend>{t(`reports.groups.${GROUP_KEYS[g.title] ?? "volumes"}`)}</legend>
                {g.keys.map((k) => (
                  <label key={k} title={LABEL.has(k) ? columnDefinition(t, LABEL.get(k)!, (x) => i18n.exists(x)) : undefined}>
                    <input type="checkbox" name="measures" value={k} defaultChecked={chosen.has(k)} /> {t(`col.${k}`)}
                  </label>
                ))}
              </fieldset>
            ))}
          </div>
          <p className="small muted" style={{ marginBottom: 0 }}>
            {t("reports.nothingTicked")}
          </p>
        </Form>
      </div>

      {errors.length ? (
        <div className="notice error" role="alert">
          {errors.map((e) => (
            <div key={e}>{reportText(t, e)}</div>
          ))}
        </div>
      ) : null}

      {table && query ? (
        <>
          <div className="card">
            <div className="card-head">
              <h2>
                {t("reports.heading", { from: table.from, to: table.to, by: t(`common.${table.by}`) })}
                {table.split === "none" ? "" : t("reports.headingSplit", { split: t(`phases.split.${table.split}`) })}
              </h2>
              <div className="export-bar no-print">
                <a className="btn" href={`${base}/export?${search}&format=csv&lang=${i18n.language}`} download data-export="csv">
                  {t("reports.export", { format: "CSV" })}
                </a>
                <a className="btn" href={`${base}/export?${search}&format=xlsx&lang=${i18n.language}`} download data-export="xlsx">
                  {t("reports.export", { format: "XLSX" })}
                </a>
                <a className="btn" href={`${base}/export?${search}&format=json`} download data-export="json">
                  {t("reports.export", { format: "JSON" })}
                </a>
                <a className="btn" href={`${base}/export?${search}&format=csv`} download data-export="csv-canonical">
                  {t("reports.canonicalCsv")}
                </a>
                <a className="btn" href={`${base}/print?${search}`} target="_blank" rel="noreferrer">
                  {t("reports.print")}
                </a>
              </div>
            </div>
            <p className="small muted" style={{ marginTop: 0 }} data-notes>
              {reportNotes(t, table).join(" ")} {t("reports.zeroNote")}
            </p>
            {caveats.map((m) => messageText(t, m)).map((c) => (
              <p key={c} className="notice" style={{ marginTop: 0 }} data-caveat>
                {c}
              </p>
            ))}
            <DataTable
              key={search}
              label={t("reports.label")}
              columns={reportColumns(table.columns, merchant.currency, t, (k) => i18n.exists(k))}
              data={table.rows}
              pageSize={50}
              getRowId={(r, i) => `${i}`}
            />
            {rowCount > table.rows.length ? (
              <p className="small muted">
                {t("reports.firstRows", { shown: table.rows.length, all: rowCount })}
              </p>
            ) : null}
            <div className="small muted">{t("reports.sameCli")}</div>
            <code className="cli">{phaseReportCommand(merchant.slug, query)}</code>
          </div>

          <div className="card no-print">
            <div className="card-head">
              <h2>{t("reports.save")}</h2>
              <span className="hint">{t("reports.saveHint")}</span>
            </div>
            {savedName ? (
              <p className="notice info" role="status">
                {t("reports.savedAs", { name: savedName })}
              </p>
            ) : null}
            <Form method="post" className="row" style={{ flexWrap: "wrap" }}>
              <CsrfField />
              <input type="hidden" name="intent" value="save" />
              <input type="hidden" name="params" value={search} />
              <input name="name" placeholder={t("reports.namePlaceholder")} aria-label={t("reports.name")} maxLength={120} style={{ minWidth: 260 }} />
              <button className="btn" type="submit">
                {t("reports.saveButton")}
              </button>
              {actionErrors.name || actionErrors.params || actionErrors.form ? (
                <span className="notice error">{[actionErrors.name, actionErrors.params, actionErrors.form].filter((e): e is string => !!e).map((e) => reportText(t, e)).join(" ")}</span>
              ) : null}
            </Form>
          </div>
        </>
      ) : null}

      <div className="card no-print">
        <div className="card-head">
          <h2>{t("reports.saved")}</h2>
          <span className="hint">{saved.length}</span>
        </div>
        {saved.length === 0 ? (
          <p className="muted" style={{ margin: 0 }}>
            {t("reports.none")}
          </p>
        ) : (
          <ul className="saved-list">
            {saved.map((s) => (
              <li key={s.id} data-saved={s.name}>
                <span>
                  <Link to={`${base}?${s.params}`}>{s.name}</Link> <span className="small muted">{describeSaved(s.params)}</span>
                </span>
                <Form method="post">
                  <CsrfField />
                  <input type="hidden" name="intent" value="delete" />
                  <input type="hidden" name="id" value={s.id} />
                  <button className="btn btn-danger" type="submit" aria-label={t("reports.deleteNamed", { name: s.name })}>
                    {t("reports.delete")}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

function describeSaved(params: string): string {
  const p = new URLSearchParams(params);
  const parts = [`${p.get("from") ?? "…"} → ${p.get("to") ?? "…"}`, `by ${p.get("by") ?? "total"}`];
  const split = p.get("split");
  if (split && split !== "none") parts.push(`split by ${split}`);
  const m = p.get("measures");
  if (m) parts.push(`${m.split(",").length} measures`);
  return parts.join(" · ");
}
