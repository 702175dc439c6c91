// The six Infinity phases as a compact funnel: volume, share of Exploration and step conversion.
import { formatCompact, formatPercent } from "~/domain/money";
import { PHASE_LABELS, type Phase } from "~/domain/phases";

export function FunnelCompact({
  steps,
}: {
  steps: { phase: Phase; value: number; stepRate: number | null; shareOfFirst: number | null }[];
}) {
  const max = Math.max(1, ...steps.map((s) => s.value));
  return (
    <div className="funnel">
      {steps.map((s, i) => (
        <div className="funnel-step" key={s.phase} data-phase={s.phase}>
          <span>
            {i + 1} {PHASE_LABELS[s.phase]}
          </span>
          <div className="funnel-bar" title={`${formatPercent(s.shareOfFirst, 3)} of Exploration`}>
            {/* square-root scale: Exploration is thousands of times Purchase */}
            <span style={{ width: `${Math.sqrt(s.value / max) * 100}%` }} />
          </div>
          <span className="num" style={{ textAlign: "right" }}>
            {formatCompact(s.value)}
          </span>
          <span className="rate">{i === 0 ? "" : formatPercent(s.stepRate, 2)}</span>
        </div>
      ))}
    </div>
  );
}
