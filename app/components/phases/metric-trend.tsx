// One measure over time as a small line chart, with the previous value's reference. Takes a
// computed series; draws nothing on the server, so the box has a fixed height.
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompact, formatCount, formatPercent } from "~/domain/money";
import { formatMultiple } from "./format";

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
  const tick = (v: number) =>
    format === "ratio" ? formatPercent(v, v !== 0 && Math.abs(v) < 0.01 ? 2 : 0) : format === "multiple" ? `${v}×` : formatCompact(v);
  const full = (v: number | null) => (format === "ratio" ? formatPercent(v, 2) : format === "multiple" ? formatMultiple(v) : formatCount(v));
  return (
    <div className="chart-box" style={{ height }} data-trend={dataKey}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 6, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#eef0f5" vertical={false} />
          <XAxis dataKey="period" tick={{ fontSize: 10 }} tickFormatter={(p: string) => (/^\d{4}-\d{2}-\d{2}$/.test(p) ? p.slice(5) : p)} minTickGap={18} />
          <YAxis tick={{ fontSize: 10 }} tickFormatter={tick} width={48} />
          <Tooltip formatter={(v) => [full(v === null || v === undefined ? null : Number(v)), label]} labelStyle={{ fontWeight: 600 }} />
          <Line type="monotone" dataKey={dataKey} stroke={color} strokeWidth={2} dot={data.length <= 16} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
