// The result of one import: what was stored, warnings, and the rows that were refused.
import { formatCount } from "~/domain/money";
import type { ImportReport } from "~/domain/import/report";

const STATUS_TEXT: Record<string, string> = {
  done: "Imported",
  "dry-run": "Dry run: checked, nothing stored",
  failed: "Nothing was imported",
  undone: "Undone",
  running: "Importing…",
};

export function ImportReportView({ report, rejectedHref }: { report: ImportReport; rejectedHref: string | null }) {
  const pill = report.status === "failed" ? "err" : report.status === "done" || report.status === "dry-run" ? "ok" : "warn";
  return (
    <div className="card" data-import-report={report.attemptId}>
      <div className="card-head">
        <div>
          <strong>{report.fileName}</strong>{" "}
          <span className="muted" data-report-export={report.export?.id}>
            ({report.export ? `${report.export.summary} → ${report.kind}` : report.kind})
          </span>{" "}
          <span className={`pill ${pill}`}>{STATUS_TEXT[report.status] ?? report.status}</span>
        </div>
        <span className="hint">
          {[report.format, report.encoding, report.separator].filter(Boolean).join(" · ")}
          {report.rowsPerSecond ? ` · ${formatCount(report.rowsPerSecond)} rows/s` : ""}
        </span>
      </div>
      <table className="data" aria-label="Counts">
        <thead>
          <tr>
            <th className="num">Rows read</th>
            <th className="num">Inserted</th>
            <th className="num">Replaced</th>
            <th className="num">Unchanged</th>
            <th className="num">Rejected</th>
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
        <ul style={{ margin: "12px 0 0", paddingLeft: 18 }} aria-label="Warnings">
          {report.warnings.map((w, i) => (
            <li key={i}>
              <span className="pill warn">warning</span> {w.message}
              {w.examples.length > 0 && <span className="muted"> — for example {w.examples.map((e) => `“${e}”`).join(", ")}</span>}
            </li>
          ))}
        </ul>
      )}
      {report.errors.length > 0 && (
        <>
          <h4 style={{ margin: "14px 0 6px" }}>
            Problems ({formatCount(report.errorCount)})
            {report.errorCount > report.errors.length && <span className="muted"> — the first {report.errors.length} are shown</span>}
          </h4>
          <div style={{ maxHeight: 320, overflow: "auto" }}>
            <table className="data" aria-label="Problems">
              <thead>
                <tr>
                  <th className="num">Line</th>
                  <th>Column</th>
                  <th>Value</th>
                  <th>What is wrong</th>
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
                    <td>{e.message}</td>
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
            Download the {formatCount(report.rejected)} rejected rows (CSV with a reason column)
          </a>
        </p>
      )}
    </div>
  );
}
