// A trend of one or two measures over days or weeks. Takes computed series; fixed height so
// nothing shifts when it draws after hydration.
import { useTranslation } from "react-i18next";
import { ChartTable } from "~/components/charts/chart-table";
import { useFormat } from "~/components/use-format";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface TrendSeries {
  key: string;
  label: string;
  color: string;
  kind?: "line" | "bar";
  axis?: "left" | "right";
  format: (v: number | null) => string;
}

export function LineTrend({
  data,
  xKey,
  series,
  height = 260,
  axisFormat,
  caption,
}: {
  data: Record<string, string | number | null>[];
  xKey: string;
  series: TrendSeries[];
  height?: number;
  axisFormat: { left: (v: number) => string; right?: (v: number) => string };
  /** what the chart shows, for screen readers and the table behind it */
  caption?: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const hasRight = series.some((s) => s.axis === "right");
  const byKey = new Map(series.map((s) => [s.key, s]));
  return (
    <>
    <div className="chart-box" style={{ height }} role="img" aria-label={caption ?? series.map((x) => x.label).join(", ")}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 6, right: 8, bottom: 0, left: 4 }}>
          <CartesianGrid stroke="#eef0f5" vertical={false} />
          <XAxis dataKey={xKey} tick={{ fontSize: 11 }} tickFormatter={(d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? d.slice(5) : /^\d{4}-W\d{2}$/.test(d) ? f.week(d).split(" · ")[1] : d)} minTickGap={24} />
          <YAxis yAxisId="left" tick={{ fontSize: 11 }} tickFormatter={axisFormat.left} width={70} />
          {hasRight ? <YAxis yAxisId="right" orientation="right" tick={{ fontSize: 11 }} tickFormatter={axisFormat.right ?? axisFormat.left} width={70} /> : null}
          <Tooltip
            formatter={(v, name) => {
              const s = byKey.get(String(name)) ?? series.find((x) => x.label === name);
              return [s ? s.format(v === null || v === undefined ? null : Number(v)) : String(v), s?.label ?? String(name)];
            }}
            labelFormatter={(l) => f.period(String(l))}
            labelStyle={{ fontWeight: 600 }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((s) =>
            s.kind === "bar" ? (
              <Bar key={s.key} yAxisId={s.axis ?? "left"} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
            ) : (
              <Line
                key={s.key}
                yAxisId={s.axis ?? "left"}
                type="monotone"
                dataKey={s.key}
                name={s.label}
                stroke={s.color}
                strokeWidth={2}
                dot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
            ),
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
    <ChartTable
      caption={caption ?? series.map((x) => x.label).join(", ")}
      head={[t("col.period"), ...series.map((x) => x.label)]}
      rows={data.map((d) => [f.period(String(d[xKey])), ...series.map((x) => x.format(d[x.key] === null || d[x.key] === undefined ? null : Number(d[x.key])))])}
    />
    </>
  );
}
