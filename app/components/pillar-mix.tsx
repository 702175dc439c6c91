// The share of GMV each pillar carries, as a bar and a legend with figures.
import { formatMoneyShort, formatPercent } from "~/domain/money";
import { PILLAR_COLORS, PILLAR_NAMES, type Pillar } from "~/domain/pillars";

export function PillarMix({
  mix,
  currency,
  linkFor,
}: {
  mix: { pillar: Pillar; gmv: number; share: number | null; orders: number }[];
  currency: string;
  linkFor?: (p: Pillar) => string;
}) {
  return (
    <div className="stack" style={{ gap: 12 }}>
      <div className="mix-bar" aria-label="Pillar mix">
        {mix.map((m) => (
          <span key={m.pillar} style={{ width: `${(m.share ?? 0) * 100}%`, background: PILLAR_COLORS[m.pillar] }} />
        ))}
      </div>
      <table className="data">
        <thead>
          <tr>
            <th>Pillar</th>
            <th className="num">GMV</th>
            <th className="num">Orders</th>
            <th className="num">Share</th>
          </tr>
        </thead>
        <tbody>
          {mix.map((m) => (
            <tr key={m.pillar} data-pillar={m.pillar}>
              <td>
                <span className={`pill ${m.pillar}`}>{m.pillar}</span>{" "}
                {linkFor ? <a href={linkFor(m.pillar)}>{PILLAR_NAMES[m.pillar]}</a> : PILLAR_NAMES[m.pillar]}
              </td>
              <td className="num">{formatMoneyShort(m.gmv, currency)}</td>
              <td className="num">{m.orders.toLocaleString("en-US")}</td>
              <td className="num" data-share={m.pillar}>
                {formatPercent(m.share)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
