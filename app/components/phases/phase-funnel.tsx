// The six phases as a funnel: each phase's volume, its step conversion, its share of
// Exploration, and each against the previous period.
import { formatCompact, formatCount, formatPercent } from "~/domain/money";
import type { FunnelComparison } from "~/domain/phases/funnel";
import { direction, formatChange, formatPoints } from "./format";

export function PhaseFunnel({ comparison }: { comparison: FunnelComparison[] }) {
  const max = Math.max(1, ...comparison.map((c) => c.volume.current ?? 0));
  return (
    <div className="phase-funnel" role="table" aria-label="Infinity funnel">
      <div className="pf-row pf-head" role="row">
        <span role="columnheader">Phase</span>
        <span role="columnheader" />
        <span role="columnheader" className="num">Volume</span>
        <span role="columnheader" className="num">vs before</span>
        <span role="columnheader" className="num">Step conversion</span>
        <span role="columnheader" className="num">Share of Exploration</span>
      </div>
      {comparison.map((c, i) => (
        <div className="pf-row" role="row" key={c.phase} data-phase={c.phase}>
          <span role="cell" className="pf-name">
            <b>{i + 1}</b> {c.label}
          </span>
          <span role="cell" className="funnel-bar" title={`${formatCount(c.volume.current)} (${formatPercent(c.shareOfFirst.current, 3)} of Exploration)`}>
            {/* square-root scale: Exploration is thousands of times Purchase */}
            <span style={{ width: `${Math.sqrt((c.volume.current ?? 0) / max) * 100}%` }} />
          </span>
          <span role="cell" className="num" data-volume={c.phase} title={formatCount(c.volume.current)}>
            {formatCompact(c.volume.current)}
          </span>
          <span role="cell" className={`num delta ${direction(c.volume.change)}`} title={`before: ${formatCount(c.volume.previous)}`}>
            {formatChange(c.volume.change)}
          </span>
          <span role="cell" className="num" data-rate={c.phase}>
            {i === 0 ? "" : formatPercent(c.stepRate.current, 2)}
            {i === 0 ? null : <small className={`delta ${direction(c.stepRate.change)}`}> {formatPoints(c.stepRate.change)}</small>}
          </span>
          <span role="cell" className="num">
            {formatPercent(c.shareOfFirst.current, c.shareOfFirst.current !== null && c.shareOfFirst.current < 0.01 ? 3 : 1)}
          </span>
        </div>
      ))}
    </div>
  );
}
