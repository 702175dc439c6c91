// A live import: rows read, percent of the file and rows per second.
import { useTranslation } from "react-i18next";
import { isImportKind } from "~/domain/import/kinds";
import { Value } from "../data-text";
import { useFormat } from "../use-format";

export interface ProgressView {
  fileName: string;
  kind: string;
  phase: "queued" | "reading" | "finishing";
  rowsDone: number;
  percent: number | null;
  rowsPerSecond: number | null;
}

export function ImportProgressBar({ p }: { p: ProgressView }) {
  const { t } = useTranslation();
  const { count: formatCount } = useFormat();
  const pct = p.percent === null ? null : Math.round(p.percent);
  const label =
    p.phase === "queued"
      ? t("importPage.queued")
      : p.phase === "finishing"
        ? t("importPage.finishing")
        : `${t("importPage.rowsDone", { n: formatCount(p.rowsDone) })}${pct === null ? "" : ` · ${pct}%`}${p.rowsPerSecond ? t("importer.rowsPerSecond", { n: formatCount(p.rowsPerSecond) }) : ""}`;
  return (
    <div data-import-progress={p.fileName} style={{ margin: "8px 0" }}>
      <div style={{ display: "flex", justifyContent: "space-between", fontSize: 13 }}>
        <span>
          <strong>
            <Value>{p.fileName}</Value>
          </strong> <span className="muted">({isImportKind(p.kind) ? t(`importPage.kind.${p.kind}`) : p.kind})</span>
        </span>
        <span className="muted" aria-live="polite">
          {label}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label={t("importPage.importing", { file: p.fileName })}
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
