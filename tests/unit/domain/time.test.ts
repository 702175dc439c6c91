import { describe, expect, it } from "vitest";
import {
  addDays, dayOf, eachDay, isoWeek, parseDay, parseTimestamp, periodOf, previousPeriod, weekday,
} from "../../../app/domain/time";

const SH = "Asia/Shanghai";

describe("days in the merchant's zone", () => {
  it("puts an order at 23:30 UTC on the next day in Asia/Shanghai", () => {
    const t = parseTimestamp("2024-06-17T23:30:00Z", SH);
    expect(t.ok && dayOf(t.value, SH)).toBe("2024-06-18");
    expect(t.ok && dayOf(t.value, "UTC")).toBe("2024-06-17");
  });

  it("reads a timestamp without offset as local time in the merchant's zone", () => {
    const t = parseTimestamp("2024-06-18 00:15:00", SH);
    expect(t.ok && t.value).toBe(Date.parse("2024-06-17T16:15:00Z"));
    expect(t.ok && dayOf(t.value, SH)).toBe("2024-06-18");
  });

  it("accepts slashes, T, seconds-less times and offsets", () => {
    expect(parseTimestamp("2024/06/18 20:05", SH)).toEqual({ ok: true, value: Date.parse("2024-06-18T12:05:00Z") });
    expect(parseTimestamp("2024-06-18T20:05:00+09:00", SH)).toEqual({ ok: true, value: Date.parse("2024-06-18T11:05:00Z") });
  });

  it("handles a zone with daylight saving (New York, 2024-03-10)", () => {
    const before = parseTimestamp("2024-03-09 12:00", "America/New_York");
    const after = parseTimestamp("2024-03-11 12:00", "America/New_York");
    expect(before.ok && before.value).toBe(Date.parse("2024-03-09T17:00:00Z"));
    expect(after.ok && after.value).toBe(Date.parse("2024-03-11T16:00:00Z"));
  });

  it("refuses impossible dates and times", () => {
    expect(parseTimestamp("2024-02-30 10:00", SH).ok).toBe(false);
    expect(parseTimestamp("2024-06-18 25:00", SH).ok).toBe(false);
    expect(parseDay("2024-02-30", SH).ok).toBe(false);
    expect(parseDay("2023-02-29", SH).ok).toBe(false);
    expect(parseDay("2024-02-29", SH)).toEqual({ ok: true, value: "2024-02-29" });
    expect(parseDay("2024/6/8", SH)).toEqual({ ok: true, value: "2024-06-08" });
  });
});

describe("weeks, months and periods", () => {
  it.each([
    ["2024-06-18", "2024-W25"],
    ["2024-12-30", "2025-W01"],
    ["2021-01-03", "2020-W53"],
    ["2026-01-01", "2026-W01"],
  ])("ISO week of %s is %s", (day, week) => expect(isoWeek(day)).toBe(week));

  it("labels periods", () => {
    expect(periodOf("2024-06-18", "day")).toBe("2024-06-18");
    expect(periodOf("2024-06-18", "month")).toBe("2024-06");
    expect(periodOf("2024-06-18", "total")).toBe("total");
  });

  it("walks days across month ends and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(eachDay("2024-12-30", "2025-01-02")).toEqual(["2024-12-30", "2024-12-31", "2025-01-01", "2025-01-02"]);
    expect(weekday("2024-06-17")).toBe(1);
    expect(weekday("2024-06-23")).toBe(7);
  });

  it("gives the previous period of the same length", () => {
    expect(previousPeriod("2024-06-01", "2024-06-30")).toEqual({ from: "2024-05-02", to: "2024-05-31" });
  });
});
