// The result of one import: what was stored, warnings, and the rows that were refused.
// A dry run says so (never "failed"); when nothing was stored the counts say "would".
import { useTranslation } from "react-i18next";
import type { ImportReport } from "~/domain/import/report";
import { useFormat } from "../use-format";
import { Value } from "../data-text";
import { exportSummaryOf } from "~/domain/import/exports/messages";
import { messageText } from "../message-text";
import { ImportMessage } from "./import-message";
import { readAs } from "./read-as";

const STATUSES = ["done", "dry-run", "failed", "undone", "running"] as const;

export function ImportReportView({ report, rejectedHref }: { report: ImportReport; rejectedHref: string | null }) {
  const { t } = useTranslation();
  const { count: formatCount } = useFormat();
  // a dry run that found problems is still a dry run
  const status = report.dryRun && report.status === "failed" ? "dry-run" : report.status;
  const stored = status === "done" || status === "undone";
  const pill = status === "failed" ? "err" : status === "done" || status === "dry-run" ? "ok" : "warn";
  const summary = report.export ? exportSummaryOf(report.export) : null;
  const exportName = report.export ? (summary ? messageText(t, summary) : report.export.summary) : null;
  return (
    <div className="card" data-import-report={report.attemptId}>
      <div className="card-head">
        <div>
          <strong>
            <Value>{report.fileName}</Value>
          </strong>{" "}
          <span className="muted" data-report-export={report.export?.id}>
            ({exportName ? `${exportName} → ${t(`importPage.kind.${report.kind}`)}` : t(`importPage.kind.${report.kind}`)})
          </span>{" "}
          <span className={`pill ${pill}`}>{(STATUSES as readonly string[]).includes(status) ? t(`importer.status.${status as "done"}`) : status}</span>
        </div>
        <span className="hint">
          {readAs(t, report)}
          {report.rowsPerSecond ? t("importer.rowsPerSecond", { n: formatCount(report.rowsPerSecond) }) : ""}
        </span>
      </div>
      {stored || status === "running" ? null : <p className="small muted" style={{ marginTop: 0 }}>{t("importer.notStored")}</p>}
      <table className="data" aria-label={t("importer.counts")}>
        <thead>
          <tr>
            <th className="num">{t("importer.rowsRead")}</th>
            <th className="num">{stored ? t("importer.inserted") : t("importer.wouldInsert")}</th>
            <th className="num">{stored ? t("importer.replaced") : t("importer.wouldReplace")}</th>
            <th className="num">{t("importer.unchanged")}</th>
            <th className="num">{t("importer.rejected")}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td className="num">{formatCount(report.rowsRead)}</td>
            <td className="num" data-count="inserted">{formatCount(report.inserted)}</td>
            <td className="num" data-count="replaced">{formatCount(report.replaced)}</td>
            <td className="num">{formatCount(report.unchanged)}</td>
            <td className="num" data-count="rejected">{formatCount(report.rejected)}</td>
          </tr>
        </tbody>
      </table>
      {report.warnings.length > 0 && (
        <ul style={{ margin: "12px 0 0", paddingLeft: 18 }} aria-label={t("importer.warnings")}>
          {report.warnings.map((w, i) => (
            <li key={i}>
              <span className="pill warn">{t("importer.warning")}</span> <ImportMessage text={w.message} code={w.code} />
              {w.examples.length > 0 && <span className="muted">{t("importer.forExample", { examples: w.examples.map((e) => `“${e}”`).join(", ") })}</span>}
            </li>
          ))}
        </ul>
      )}
      {report.errors.length > 0 && (
        <>
          <h4 style={{ margin: "14px 0 6px" }}>
            {t("importer.problems", { n: formatCount(report.errorCount) })}
            {report.errorCount > report.errors.length && <span className="muted">{t("importer.firstShown", { n: report.errors.length })}</span>}
          </h4>
          <div style={{ maxHeight: 320, overflow: "auto" }}>
            <table className="data" aria-label={t("importer.problemsLabel")}>
              <thead>
                <tr>
                  <th className="num">{t("importer.line")}</th>
                  <th>{t("importer.column")}</th>
                  <th>{t("importer.value")}</th>
                  <th>{t("importer.wrong")}</th>
                </tr>
              </thead>
              <tbody>
                {report.errors.map((e, i) => (
                  <tr key={i}>
                    <td className="num">{e.line ?? "—"}</td>
                    <td>{e.column ?? "—"}</td>
                    <td style={{ maxWidth: 220, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>
                      {e.value === null ? "—" : <code>{e.value}</code>}
                    </td>
                    <td>
                      <ImportMessage text={e.message} code={e.code} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {rejectedHref && report.rejected > 0 && (
        <p style={{ marginBottom: 0 }}>
          <a className="btn" href={rejectedHref} download>
            {t("importer.downloadRejected", { n: formatCount(report.rejected) })}
          </a>
        </p>
      )}
    </div>
  );
}
