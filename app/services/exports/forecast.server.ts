// The forecast page's forecast: from the cache when it holds one (a read), else fitted in the
// export pool's worker threads, so a cold forecast (a backtest of several models, seconds of
// CPU) never runs on the request thread and no other page waits behind it. The worker fits and
// caches it exactly as `factloop forecast` and the warm-up process do (forecastGmv).
import type { Db } from "../../../db/client";
import { forecastGmv, type ForecastOutcome } from "../forecast.server";
import type { MerchantContext } from "../merchants.server";
import { exportText } from "./pool.server";
import { buildOffThread } from "./respond.server";

export type ForecastAsk = Omit<Parameters<typeof forecastGmv>[2], "cachedOnly" | "scenarios">;

export async function forecastOffThread(request: Request, db: Db, merchant: MerchantContext, ask: ForecastAsk): Promise<ForecastOutcome> {
  const cached = forecastGmv(db, merchant, { ...ask, cachedOnly: true });
  if (cached.ok) return cached;
  const file = await buildOffThread(request, db, { kind: "forecast", merchant, ask }, "page");
  return JSON.parse(await exportText(file)) as ForecastOutcome;
}
