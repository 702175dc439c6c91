// Campaign shapes learned from a hand-made series whose shape is known: every ordinary day sells
// 100, the campaign's five days sell 150, 200, 300, 200, 120 and the week after 90.
import { describe, expect, it } from "vitest";
import { calendarAware, fitCalendar } from "../../../app/domain/forecast/calendar-profile";
import type { Occurrence } from "../../../app/domain/forecast/occurrences";
import { weeklyProfileForecaster } from "../../../app/domain/forecast/weekly-profile";

const SHAPE = [150, 200, 300, 200, 120];

function series(length: number, campaignStart: number): number[] {
  const y = new Array<number>(length).fill(100);
  SHAPE.forEach((v, k) => (y[campaignStart + k] = v));
  for (let k = 0; k < 7; k++) y[campaignStart + SHAPE.length + k] = 90;
  return y;
}

const occ = (key: string, kind: string, start: number, length: number, label = key): Occurrence => ({ key, label, kind, start, end: start + length - 1 });

describe("campaign profiles", () => {
  const history = series(140, 50);
  const model = calendarAware(weeklyProfileForecaster());

  it("learns the shape from the previous edition and lays it on the next one", () => {
    const input = { history, horizon: 21, period: 7, occurrences: [occ("d11", "platform", 50, 5, "D11 2025"), occ("d11", "platform", 145, 5, "D11 2026")] };
    const point = model.forecast(input);
    // days 140-144 ordinary except the three days before (pre-sale wait: 100/100 = no change),
    // 145-149 the shape, 150-156 the tail at 0.9
    expect(point.slice(5, 10)).toEqual([150, 200, 300, 200, 120]);
    expect(point.slice(10, 17)).toEqual([90, 90, 90, 90, 90, 90, 90]);
    expect(point.slice(0, 5)).toEqual([100, 100, 100, 100, 100]);
    const applied = fitCalendar(input)!.applied.get(1)!;
    expect(applied.source).toBe("edition");
    expect(applied.learnedFrom).toEqual(["D11 2025"]);
  });

  it("stretches the shape over a longer edition, first and last days lined up", () => {
    const input = { history, horizon: 21, period: 7, occurrences: [occ("d11", "platform", 50, 5), occ("d11", "platform", 145, 9)] };
    // day d of 9 takes day round(d·4/8) of 5: 0,1,1,2,2,3,3,4,4 (rounding halves up)
    const point = model.forecast(input);
    expect(point.slice(5, 14)).toEqual([150, 200, 200, 300, 300, 200, 200, 120, 120]);
  });

  it("falls back to the average shape of the merchant's campaigns of the same kind, and says so", () => {
    const y = series(140, 50);
    [100, 400, 100].forEach((v, k) => (y[90 + k] = v)); // a 3-day flash campaign elsewhere: peak 4× in the middle
    const input = {
      history: y,
      horizon: 21,
      period: 7,
      occurrences: [occ("d11", "platform", 50, 5, "D11"), occ("brand day", "flash", 90, 3, "Brand day"), occ("new", "platform", 145, 5, "New platform campaign")],
    };
    const applied = fitCalendar(input)!.applied.get(2)!;
    expect(applied.source).toBe("kind");
    expect(applied.learnedFrom).toEqual(["D11"]);
    expect(model.forecast(input).slice(5, 10)).toEqual([150, 200, 300, 200, 120]);
  });

  it("adds nothing to a campaign with no earlier edition and no earlier one of its kind", () => {
    const input = { history, horizon: 21, period: 7, occurrences: [occ("d11", "platform", 50, 5), occ("brand day", "flash", 145, 3)] };
    expect(fitCalendar(input)!.applied.get(1)!.source).toBe("none");
    expect(model.forecast(input).slice(5, 8)).toEqual([100, 100, 100]);
  });

  it("shrinks a lift towards none by the noise of ordinary days", () => {
    // Ordinary weeks alternate 90 and 110 (week 0: 90). An ordinary day's same-weekday neighbours
    // within four weeks are half 90, half 110: median 100, so every ordinary day is 0.1 off and the
    // noise variance is (1.4826 · 0.1)² = 0.021981. The campaign's baseline for the peak's weekday
    // (day 52, 52 mod 7 = 3) is the median of the free days of that weekday within 42 days of the
    // campaign and its tails (days 47 … 61): days 10, 17, … 45 and 66, … 101, six 110s and six
    // 90s, so 100; the ratio is 3, d = 2, kept share 4 / (4 + 0.021981) = 0.994535: 1 + 2 · 0.994535.
    const y = history.map((v, i) => (v === 100 ? (Math.floor(i / 7) % 2 === 0 ? 90 : 110) : v));
    const fit = fitCalendar({ history: y, horizon: 21, period: 7, occurrences: [occ("d11", "platform", 50, 5), occ("d11", "platform", 145, 5)] })!;
    expect(fit.applied.get(1)!.profile.body[2].ratio!).toBeCloseTo(2.98907, 4);
  });
});
