// GMV stacked by pillar over days or weeks. Takes computed series (hundredths); draws nothing on
// the server, so the box has a fixed height and nothing shifts when it draws. Pillars keep their
// F-A-C-T-S order and colours in the areas, the tooltip and the table behind the chart.
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useTranslation } from "react-i18next";
import { PILLAR_COLORS, PILLARS, type Pillar } from "~/domain/pillars";
import { useFormat } from "../use-format";
import { ChartTable } from "./chart-table";

const ORDER: Record<string, number> = Object.fromEntries(PILLARS.map((p, i) => [p, i]));

export function PillarStackChart({
  data,
  currency,
  height = 280,
  pillars = PILLARS,
  caption,
}: {
  data: ({ day: string } & Record<Pillar, number>)[];
  currency: string;
  height?: number;
  pillars?: readonly Pillar[];
  caption?: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const name = (p: Pillar) => `${p} ${t(`pillar.name.${p}`)}`;
  const tick = (d: string) => (/^\d{4}-W\d{2}$/.test(d) ? f.week(d).split(" · ")[1] : /^\d{4}-\d{2}-\d{2}$/.test(d) ? d.slice(5) : d);
  return (
    <>
      <div className="chart-box" style={{ height }} role="img" aria-label={caption ?? t("overview.daily")}>
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart data={data} margin={{ top: 6, right: 8, bottom: 0, left: 4 }}>
            <CartesianGrid stroke="#eef0f5" vertical={false} />
            <XAxis dataKey="day" tick={{ fontSize: 11 }} tickFormatter={tick} minTickGap={24} />
            <YAxis tick={{ fontSize: 11 }} tickFormatter={(v: number) => f.moneyShort(v, currency)} width={64} />
            <Tooltip
              formatter={(v, n) => [f.money(Number(v), currency), name(n as Pillar)]}
              labelFormatter={(l) => f.period(String(l))}
              itemSorter={(item) => ORDER[String(item.dataKey)] ?? 9}
              labelStyle={{ fontWeight: 600 }}
            />
            {pillars.map((p) => (
              <Area
                key={p}
                type="monotone"
                dataKey={p}
                stackId="gmv"
                stroke={PILLAR_COLORS[p]}
                fill={PILLAR_COLORS[p]}
                fillOpacity={0.75}
                isAnimationActive={false}
              />
            ))}
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <ChartTable
        caption={caption ?? t("overview.daily")}
        head={[t("common.day"), ...pillars.map(name)]}
        rows={data.map((d) => [f.period(d.day), ...pillars.map((p) => f.money(d[p], currency))])}
      />
    </>
  );
}
