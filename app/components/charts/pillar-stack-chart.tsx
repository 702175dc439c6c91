// Daily GMV stacked by pillar. Takes computed series (hundredths); draws nothing on the server,
// so the box has a fixed height and nothing shifts when it draws.
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney, formatMoneyShort } from "~/domain/money";
import { PILLAR_COLORS, PILLAR_NAMES, PILLARS, type Pillar } from "~/domain/pillars";

export function PillarStackChart({
  data,
  currency,
  height = 280,
  pillars = PILLARS,
}: {
  data: ({ day: string } & Record<Pillar, number>)[];
  currency: string;
  height?: number;
  pillars?: readonly Pillar[];
}) {
  return (
    <div className="chart-box" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={data} margin={{ top: 6, right: 8, bottom: 0, left: 4 }}>
          <CartesianGrid stroke="#eef0f5" vertical={false} />
          <XAxis dataKey="day" tick={{ fontSize: 11 }} tickFormatter={(d: string) => d.slice(5)} minTickGap={24} />
          <YAxis tick={{ fontSize: 11 }} tickFormatter={(v: number) => formatMoneyShort(v, currency)} width={64} />
          <Tooltip
            formatter={(v, name) => [formatMoney(Number(v), currency), PILLAR_NAMES[name as Pillar] ?? String(name)]}
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
  );
}
