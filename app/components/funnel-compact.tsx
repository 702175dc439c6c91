// The six Infinity phases as a compact funnel: volume, share of Exploration and step conversion.
// A step above 100% (Sharing is often several shares per kept order) reads as a multiple.
import { useTranslation } from "react-i18next";
import type { Phase } from "~/domain/phases";
import { useFormat } from "./use-format";

export function FunnelCompact({
  steps,
}: {
  steps: { phase: Phase; value: number; stepRate: number | null; shareOfFirst: number | null }[];
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const max = Math.max(1, ...steps.map((s) => s.value));
  return (
    <div className="funnel">
      {steps.map((s, i) => (
        <div className="funnel-step" key={s.phase} data-phase={s.phase}>
          <span>
            {i + 1} {t(`phase.name.${s.phase}`)}
          </span>
          <div className="funnel-bar" title={t("overview.shareOfFirst", { rate: f.percent(s.shareOfFirst, 3) })}>
            {/* square-root scale: Exploration is thousands of times Purchase */}
            <span style={{ width: `${Math.sqrt(s.value / max) * 100}%` }} />
          </div>
          <span className="num" style={{ textAlign: "right" }}>
            {f.compact(s.value)}
          </span>
          <span className="rate">
            {i === 0 ? "" : s.stepRate !== null && s.stepRate > 1 ? t("overview.perKept", { value: f.multiple(s.stepRate) }) : f.percent(s.stepRate, 2)}
          </span>
        </div>
      ))}
    </div>
  );
}
