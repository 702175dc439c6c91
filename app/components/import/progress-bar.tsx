// A live import: rows read, percent of the file and rows per second.
import { formatCount } from "~/domain/money";

export interface ProgressView {
  fileName: string;
  kind: string;
  phase: "queued" | "reading" | "finishing";
  rowsDone: number;
  percent: number | null;
  rowsPerSecond: number | null;
}

export function ImportProgressBar({ p }: { p: ProgressView }) {
  const pct = p.percent === null ? null : Math.round(p.percent);
  const label =
    p.phase === "queued"
      ? "waiting for the import before it"
      : p.phase === "finishing"
        ? "updating pillars and daily totals"
        : `${formatCount(p.rowsDone)} rows${pct === null ? "" : ` · ${pct}%`}${p.rowsPerSecond ? ` · ${formatCount(p.rowsPerSecond)} rows/s` : ""}`;
  return (
    <div data-import-progress={p.fileName} style={{ margin: "8px 0" }}>
      <div style={{ display: "flex", justifyContent: "space-between", fontSize: 13 }}>
        <span>
          <strong>{p.fileName}</strong> <span className="muted">({p.kind})</span>
        </span>
        <span className="muted" aria-live="polite">
          {label}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label={`Importing ${p.fileName}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct ?? undefined}
        style={{ height: 8, background: "#eef0f6", borderRadius: 4, overflow: "hidden", marginTop: 4 }}
      >
        <div
          style={{
            width: `${p.phase === "finishing" ? 100 : (pct ?? 0)}%`,
            height: "100%",
            background: "var(--accent)",
            transition: "width .4s",
          }}
        />
      </div>
    </div>
  );
}
