// A self-broadcast session (one live content on one day) and the rates the Field page shows.
import { gmvPerLiveHour, gpm } from "../fact";
import { ratio } from "../ratio";

export interface SessionSums {
  gmv: number;
  liveGmv: number;
  orders: number;
  views: number;
  watchSeconds: number;
  liveSeconds: number;
}

export interface SessionRates {
  liveHours: number;
  gpm: number | null;
  gmvPerLiveHour: number | null;
  watchSecondsPerView: number | null;
  /** orders ÷ views */
  orderRate: number | null;
}

export function sessionRates(s: SessionSums): SessionRates {
  return {
    liveHours: s.liveSeconds / 3600,
    gpm: gpm(s.gmv, s.views),
    gmvPerLiveHour: gmvPerLiveHour(s.liveGmv, s.liveSeconds),
    watchSecondsPerView: ratio(s.watchSeconds, s.views),
    orderRate: ratio(s.orders, s.views),
  };
}
