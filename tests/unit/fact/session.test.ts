import { describe, expect, it } from "vitest";
import { sessionRates } from "../../../app/domain/fact/session";

describe("Field session rates", () => {
  it("computes GPM, GMV per live hour, watch time per view and orders per view", () => {
    // 2 hours live, 4,000 views, ¥12,000 GMV all live, 80 orders, 400,000 watch seconds
    const r = sessionRates({ gmv: 1_200_000, liveGmv: 1_200_000, orders: 80, views: 4000, watchSeconds: 400_000, liveSeconds: 7200 });
    expect(r.liveHours).toBe(2);
    expect(r.gpm).toBe(300_000); // ¥3,000 per thousand views
    expect(r.gmvPerLiveHour).toBe(600_000); // ¥6,000 an hour
    expect(r.watchSecondsPerView).toBe(100);
    expect(r.orderRate).toBe(0.02);
  });

  it("has no rates over zero denominators", () => {
    const r = sessionRates({ gmv: 5000, liveGmv: 5000, orders: 1, views: 0, watchSeconds: 0, liveSeconds: 0 });
    expect(r.liveHours).toBe(0);
    expect(r.gpm).toBeNull();
    expect(r.gmvPerLiveHour).toBeNull();
    expect(r.watchSecondsPerView).toBeNull();
    expect(r.orderRate).toBeNull();
  });

  it("uses live GMV, not all GMV, per live hour", () => {
    const r = sessionRates({ gmv: 10_000, liveGmv: 3600, orders: 2, views: 100, watchSeconds: 0, liveSeconds: 1800 });
    expect(r.gmvPerLiveHour).toBe(7200);
  });
});
