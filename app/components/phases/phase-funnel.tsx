// The six phases as a funnel: each phase's volume, its step conversion, its share of
// Exploration, and each against the previous period.
import { useTranslation } from "react-i18next";
import { useFormat } from "../use-format";
import type { FunnelComparison } from "~/domain/phases/funnel";
import { direction } from "./format";

export function PhaseFunnel({ comparison }: { comparison: FunnelComparison[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const max = Math.max(1, ...comparison.map((c) => c.volume.current ?? 0));
  return (
    <div className="phase-funnel" role="table" aria-label={t("phases.funnelTable")}>
      <div className="pf-row pf-head" role="row">
        <span role="columnheader">{t("phases.colPhase")}</span>
        <span role="columnheader"><span className="sr-only">{t("phases.colVolume")}</span></span>
        <span role="columnheader" className="num">{t("phases.colVolume")}</span>
        <span role="columnheader" className="num">{t("phases.colVsBefore")}</span>
        <span role="columnheader" className="num">{t("phases.colStep")}</span>
        <span role="columnheader" className="num">{t("phases.shareOfExploration")}</span>
      </div>
      {comparison.map((c, i) => (
        <div className="pf-row" role="row" key={c.phase} data-phase={c.phase}>
          <span role="cell" className="pf-name">
            <b>{i + 1}</b> {t(`phase.name.${c.phase}`)}
          </span>
          <span role="cell" className="funnel-bar" title={t("phases.ofExploration", { value: f.count(c.volume.current), rate: f.percent(c.shareOfFirst.current, 3) })}>
            {/* square-root scale: Exploration is thousands of times Purchase */}
            <span style={{ width: `${Math.sqrt((c.volume.current ?? 0) / max) * 100}%` }} />
          </span>
          <span role="cell" className="num" data-volume={c.phase} title={f.count(c.volume.current)}>
            {f.compact(c.volume.current)}
          </span>
          <span role="cell" className={`num delta ${direction(c.volume.change)}`} title={t("phases.before", { value: f.count(c.volume.previous) })}>
            {f.change(c.volume.change)}
          </span>
          <span role="cell" className="num" data-rate={c.phase}>
            {i === 0 ? "" : c.stepRate.current !== null && c.stepRate.current > 1 ? t("overview.perKept", { value: f.multiple(c.stepRate.current) }) : f.percent(c.stepRate.current, 2)}
            {i === 0 ? null : (
              <small className={`delta ${direction(c.stepRate.change)}`}>
                {" "}
                {c.stepRate.current !== null && c.stepRate.current > 1 ? f.multiple(c.stepRate.change) : f.points(c.stepRate.change, 2)}
              </small>
            )}
          </span>
          <span role="cell" className="num">
            {f.percent(c.shareOfFirst.current, c.shareOfFirst.current !== null && c.shareOfFirst.current < 0.01 ? 3 : 1)}
          </span>
        </div>
      ))}
    </div>
  );
}
