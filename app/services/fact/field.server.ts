// F Field: the merchant's own live sessions, their rates and the trend of GPM and GMV per live hour.
import type { Db } from "../../../db/client";
import { sessionRates, type SessionRates } from "../../domain/fact/session";
import { addInto, emptyMeasures, type Measures } from "../../domain/measures";
import type { PageRange } from "../../domain/range";
import type { Row } from "../../domain/report/table";
import { eachDay, formatLocal } from "../../domain/time";
import { fieldSessions } from "../../queries/fact/field-sessions.server";
import { accountNames } from "../../queries/fact/live-starts.server";
import { measuresByPeriod } from "../../queries/reports/measures-by-period.server";
import type { MerchantContext } from "../merchants.server";
import { pillarTotals, type PillarKpis } from "./figures.server";

export interface FieldPage {
  kpis: PillarKpis;
  share: number | null;
  rates: SessionRates;
  sessions: Row[];
  sessionCount: number;
  /** Field GMV of orders not tied to a live session (own account, no live content) */
  outsideSessionsGmv: number;
  trend: { day: string; gmv: number; gpm: number | null; gmvPerLiveHour: number | null; liveHours: number }[];
}

export function fieldPage(db: Db, merchant: MerchantContext, range: PageRange): FieldPage {
  const totals = pillarTotals(db, merchant, range);
  const byDay = new Map(
    measuresByPeriod(db, { merchantId: merchant.id, from: range.from, to: range.to, by: "day", split: "none", pillars: ["F"] }).map((r) => [r.period, r as Measures]),
  );
  const total = emptyMeasures();
  for (const m of byDay.values()) addInto(total, m);
  const trend = eachDay(range.from, range.to).map((day) => {
    const m = byDay.get(day) ?? emptyMeasures();
    const r = sessionRates(m);
    return { day, gmv: m.gmv, gpm: r.gpm, gmvPerLiveHour: r.gmvPerLiveHour, liveHours: r.liveHours };
  });

  const sessions = fieldSessions(db, { merchantId: merchant.id, from: range.from, to: range.to });
  const names = accountNames(db, merchant.id, [...new Set(sessions.map((s) => s.accountId))]);
  const rows: Row[] = sessions.map((s) => {
    const r = sessionRates(s);
    // a live's start: its first order's paid time that day, else the day of its views (docs/fact.md)
    const at = s.firstOrderAt;
    return {
      day: s.day,
      content_id: s.contentId,
      account_id: s.accountId,
      account_name: names.get(s.accountId) ?? null,
      started_at: at == null ? s.day : formatLocal(at, merchant.timezone).slice(0, 16),
      live_hours: Math.round(r.liveHours * 100) / 100,
      views: s.views,
      gmv: s.gmv,
      orders: s.orders,
      gpm: r.gpm,
      gmv_per_live_hour: r.gmvPerLiveHour,
      watch_seconds_per_view: r.watchSecondsPerView,
      order_rate: r.orderRate,
    };
  });
  const sessionsGmv = sessions.reduce((s, x) => s + x.gmv, 0);
  return {
    kpis: totals.kpis.F,
    share: totals.kpis.F.gmv_share.current,
    rates: sessionRates(total),
    sessions: rows,
    sessionCount: rows.length,
    outsideSessionsGmv: total.gmv - sessionsGmv,
    trend,
  };
}
