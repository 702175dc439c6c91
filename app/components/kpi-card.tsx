import { useTranslation } from "react-i18next";
import { direction } from "./format-cell";
import { useFormat } from "./use-format";

/** A headline number with its change against the previous period. */
export function KpiCard({
  label,
  value,
  previous,
  change,
  hint,
  invert = false,
  changeText,
  extra,
}: {
  label: string;
  value: string;
  previous?: string;
  change: number | null;
  hint?: string;
  /** true when a rise is bad news (refunds) */
  invert?: boolean;
  /** the change as words when it is not a relative change (points), or why it is not shown */
  changeText?: string;
  /** a line under the change: the same period last year */
  extra?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const dir = direction(change, invert);
  return (
    <div className="card kpi" title={hint}>
      <div className="label">
        <span>{label}</span>
      </div>
      <div className="value" data-kpi={label}>
        {value}
      </div>
      <div className={`delta ${dir}`}>
        {changeText ?? f.change(change)} <span className="prev">{t("common.vsBefore", { value: previous ?? "—" })}</span>
      </div>
      {extra}
    </div>
  );
}
