// The actual pillar mix against the merchant's target, one row per pillar.
import { Link } from "@remix-run/react";
import { formatPercent } from "~/domain/money";
import { PILLAR_COLORS, PILLAR_NAMES, type Pillar } from "~/domain/pillars";

export function MixTarget({
  mix,
  onTarget,
  linkFor,
}: {
  mix: { pillar: Pillar; actual: number | null; target: number; gap: number | null }[];
  /** gaps smaller than this are on target */
  onTarget: number;
  linkFor: (p: Pillar) => string;
}) {
  return (
    <div className="mix-target">
      {mix.map((m) => {
        const status = m.gap === null ? "" : Math.abs(m.gap) < onTarget ? "on target" : m.gap > 0 ? "above target" : "below target";
        return (
          <div className="mix-target-row" key={m.pillar} data-mix={m.pillar}>
            <Link to={linkFor(m.pillar)}>
              <span className={`pill ${m.pillar}`}>{m.pillar}</span> {PILLAR_NAMES[m.pillar]}
            </Link>
            <span className="num" title="actual share">{formatPercent(m.actual)}</span>
            <span className="num muted" title="target share">/ {formatPercent(m.target)}</span>
            <span className={`small num ${status === "on target" ? "good" : status ? "warn" : "muted"}`}>
              {m.gap === null ? "—" : `${m.gap >= 0 ? "+" : "−"}${(Math.abs(m.gap) * 100).toFixed(1)} pts`}
            </span>
            <div className="mix-target-bar" title={`actual ${formatPercent(m.actual)}, target ${formatPercent(m.target)}: ${status || "no sales"}`}>
              <span className="actual" style={{ width: `${Math.min(100, (m.actual ?? 0) * 100)}%`, background: PILLAR_COLORS[m.pillar] }} />
              <span className="target" style={{ left: `${Math.min(100, m.target * 100)}%` }} />
            </div>
          </div>
        );
      })}
    </div>
  );
}
