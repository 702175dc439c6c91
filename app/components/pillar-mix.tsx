// The share of GMV each pillar carries, as a bar and a legend with figures.
import { useTranslation } from "react-i18next";
import { PILLAR_COLORS, type Pillar } from "~/domain/pillars";
import { useFormat } from "./use-format";

export function PillarMix({
  mix,
  currency,
  linkFor,
}: {
  mix: { pillar: Pillar; gmv: number; share: number | null; orders: number }[];
  currency: string;
  linkFor?: (p: Pillar) => string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="stack" style={{ gap: 12 }}>
      <div className="mix-bar" role="img" aria-label={t("mix.label")}>
        {mix.map((m) => (
          <span key={m.pillar} style={{ width: `${(m.share ?? 0) * 100}%`, background: PILLAR_COLORS[m.pillar] }} />
        ))}
      </div>
      <table className="data">
        <thead>
          <tr>
            <th>{t("mix.pillar")}</th>
            <th className="num">{t("kpi.gmv")}</th>
            <th className="num">{t("kpi.orders")}</th>
            <th className="num">{t("mix.share")}</th>
          </tr>
        </thead>
        <tbody>
          {mix.map((m) => (
            <tr key={m.pillar} data-pillar={m.pillar}>
              <td>
                <span className={`pill ${m.pillar}`}>{m.pillar}</span>{" "}
                {linkFor ? <a href={linkFor(m.pillar)}>{t(`pillar.name.${m.pillar}`)}</a> : t(`pillar.name.${m.pillar}`)}
              </td>
              <td className="num">{f.moneyShort(m.gmv, currency)}</td>
              <td className="num">{f.count(m.orders)}</td>
              <td className="num" data-share={m.pillar}>
                {f.percent(m.share)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
