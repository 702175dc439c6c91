// History and forecast of daily GMV with the 80% and 95% bands (hundredths). Recharts draws
// nothing on the server, so the box has a fixed height and nothing shifts when it draws.
import { Area, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { useFormat } from "../use-format";

export interface ForecastChartRow {
  date: string;
  history?: number;
  forecast?: number;
  without?: number;
  band80?: [number, number];
  band95?: [number, number];
}

/** Each series' name in the tooltip, in the page's language. */
function seriesName(t: TFunction, name: string): string {
  switch (name) {
    case "history":
      return t("forecast.actual");
    case "forecast":
      return t("forecast.forecast");
    case "without":
      return t("forecast.without");
    case "band80":
      return t("forecast.interval", { level: 80 });
    case "band95":
      return t("forecast.interval", { level: 95 });
    default:
      return name;
  }
}

export function ForecastChart({
  rows,
  currency,
  color,
  height = 320,
}: {
  rows: ForecastChartRow[];
  currency: string;
  color: string;
  height?: number;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const money = (v: unknown) => (Array.isArray(v) ? `${f.money(Number(v[0]), currency)} – ${f.money(Number(v[1]), currency)}` : f.money(Number(v), currency));
  return (
    <div className="chart-box" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={{ top: 6, right: 8, bottom: 0, left: 4 }}>
          <CartesianGrid stroke="#eef0f5" vertical={false} />
          <XAxis dataKey="date" tick={{ fontSize: 11 }} tickFormatter={(d: string) => d.slice(5)} minTickGap={24} />
          <YAxis tick={{ fontSize: 11 }} tickFormatter={(v: number) => f.moneyShort(v, currency)} width={64} />
          <Tooltip formatter={(v, name) => [money(v), seriesName(t, String(name))]} labelStyle={{ fontWeight: 600 }} />
          <Area type="monotone" dataKey="band95" stroke="none" fill={color} fillOpacity={0.12} isAnimationActive={false} connectNulls={false} />
          <Area type="monotone" dataKey="band80" stroke="none" fill={color} fillOpacity={0.22} isAnimationActive={false} connectNulls={false} />
          <Line type="monotone" dataKey="history" stroke="#4a5468" strokeWidth={1.5} dot={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="without" stroke={color} strokeDasharray="4 4" strokeWidth={1.5} dot={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="forecast" stroke={color} strokeWidth={2} dot={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
