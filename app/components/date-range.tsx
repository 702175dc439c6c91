// The date range control every dated page shares: presets plus a custom from/to, all in the URL.
import { Form, useLocation } from "@remix-run/react";
import { Link } from "~/components/link";
import { useTranslation } from "react-i18next";
import { PRESETS, type Preset } from "~/domain/range";

export function DateRangeFilter({ from, to, preset, children }: { from: string; to: string; preset: Preset; children?: React.ReactNode }) {
  const location = useLocation();
  const { t } = useTranslation();
  const withParams = (set: Record<string, string | null>) => {
    const p = new URLSearchParams(location.search);
    for (const [k, v] of Object.entries(set)) (v === null ? p.delete(k) : p.set(k, v));
    const s = p.toString();
    return `${location.pathname}${s ? `?${s}` : ""}`;
  };
  const keep = [...new URLSearchParams(location.search).entries()].filter(([k]) => !["from", "to", "range"].includes(k));
  return (
    <div className="filters no-print">
      <div className="presets" role="group" aria-label={t("common.dateRange")}>
        {(Object.keys(PRESETS) as (keyof typeof PRESETS)[]).map((p) => (
          <Link key={p} to={withParams({ range: p, from: null, to: null })} className={preset === p ? "active" : ""}>
            {t(`common.presets.${p}`)}
          </Link>
        ))}
      </div>
      <Form method="get" className="row" style={{ gap: 6 }}>
        {keep.map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <input type="date" name="from" defaultValue={from} aria-label={t("common.from")} key={`f${from}`} />
        <span className="muted">→</span>
        <input type="date" name="to" defaultValue={to} aria-label={t("common.to")} key={`t${to}`} />
        <button className="btn" type="submit">
          {t("common.apply")}
        </button>
      </Form>
      {children}
    </div>
  );
}
