// One measure over time as a small line chart, with the previous value's reference. Takes a
// computed series; draws nothing on the server, so the box has a fixed height.
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTable } from "../charts/chart-table";
import { useFormat } from "../use-format";

export type TrendFormat = "count" | "ratio" | "multiple";

export function MetricTrend({
  data,
  dataKey,
  format,
  color = "#2f5bea",
  height = 150,
  label,
}: {
  data: { period: string; [k: string]: string | number | null }[];
  dataKey: string;
  format: TrendFormat;
  color?: string;
  height?: number;
  label: string;
}) {
  const f = useFormat();
  const tick = (v: number) =>
    format === "ratio" ? f.percent(v, v !== 0 && Math.abs(v) < 0.01 ? 2 : 0) : format === "multiple" ? f.multiple(v, 1) : f.compact(v);
  const full = (v: number | null) => (format === "ratio" ? f.percent(v, 2) : format === "multiple" ? f.multiple(v) : f.count(v));
  return (
    <>
    <div className="chart-box" style={{ height }} data-trend={dataKey} role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 6, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#eef0f5" vertical={false} />
          <XAxis dataKey="period" tick={{ fontSize: 10 }} tickFormatter={(p: string) => (/^\d{4}-\d{2}-\d{2}$/.test(p) ? p.slice(5) : /^\d{4}-W\d{2}$/.test(p) ? f.week(p).split(" · ")[1] : p)} minTickGap={18} />
          <YAxis tick={{ fontSize: 10 }} tickFormatter={tick} width={48} />
          <Tooltip formatter={(v) => [full(v === null || v === undefined ? null : Number(v)), label]} labelFormatter={(l) => f.period(String(l))} labelStyle={{ fontWeight: 600 }} />
          <Line type="monotone" dataKey={dataKey} stroke={color} strokeWidth={2} dot={data.length <= 16} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
    <ChartTable caption={label} head={["", label]} rows={data.map((d) => [f.period(d.period), full(typeof d[dataKey] === "number" ? (d[dataKey] as number) : null)])} />
    </>
  );
}
