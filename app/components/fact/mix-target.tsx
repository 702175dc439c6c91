// The actual pillar mix against the merchant's target, one row per pillar.
import { Link } from "~/components/link";
import { useTranslation } from "react-i18next";
import { useFormat } from "~/components/use-format";
import { PILLAR_COLORS, type Pillar } from "~/domain/pillars";

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
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="mix-target">
      {mix.map((m) => {
        const state = m.gap === null ? "" : Math.abs(m.gap) < onTarget ? "on" : m.gap > 0 ? "above" : "below";
        const status = state === "on" ? t("fact.onTarget") : state === "above" ? t("fact.aboveTarget") : state === "below" ? t("fact.belowTarget") : "";
        return (
          <div className="mix-target-row" key={m.pillar} data-mix={m.pillar}>
            <Link to={linkFor(m.pillar)}>
              <span className={`pill ${m.pillar}`}>{m.pillar}</span> {t(`pillar.name.${m.pillar}`)}
            </Link>
            <span className="num">{f.percent(m.actual)}</span>
            <span className="num muted">/ {f.percent(m.target)}</span>
            <span className={`small num ${state === "on" ? "good" : status ? "warn" : "muted"}`}>
              {f.points(m.gap)}
            </span>
            <div className="mix-target-bar" title={t("fact.actualTarget", { actual: f.percent(m.actual), target: f.percent(m.target), status: status || t("common.noSales") })}>
              <span className="actual" style={{ width: `${Math.min(100, (m.actual ?? 0) * 100)}%`, background: PILLAR_COLORS[m.pillar] }} />
              <span className="target" style={{ left: `${Math.min(100, m.target * 100)}%` }} />
            </div>
          </div>
        );
      })}
    </div>
  );
}
