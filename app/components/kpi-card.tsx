import { formatChange } from "~/domain/money";
import { direction } from "./format-cell";

/** A headline number with its change against the previous period. */
export function KpiCard({
  label,
  value,
  previous,
  change,
  hint,
  invert = false,
}: {
  label: string;
  value: string;
  previous?: string;
  change: number | null;
  hint?: string;
  /** true when a rise is bad news (refunds) */
  invert?: boolean;
}) {
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
        {formatChange(change)} <span className="prev">vs {previous ?? "—"} before</span>
      </div>
    </div>
  );
}
