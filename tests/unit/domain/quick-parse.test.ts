// The import reads the common shapes of timestamps and amounts without regular expressions; a
// leading space or a plus sign sends the same cell through the full pattern, and both must agree.
import { describe, expect, it } from "vitest";
import { parseMoney } from "../../../app/domain/money";
import { dayOf, parseTimestamp } from "../../../app/domain/time";

const SH = "Asia/Shanghai";
const NY = "America/New_York";

describe("quick timestamp path", () => {
  const cells = [
    "2024-06-18 20:15:00", "2024-06-18T20:15:00", "2024/06/18 20:15:00", "2024-06-18 20:15", "2024-06-18",
    "2024-02-29 12:00:00", "2000-02-29 00:00:00", "2023-02-29 12:00:00", "1900-02-29 12:00:00", "2024-02-30 00:00:00",
    "2024-04-31 10:00:00", "2024-13-01 10:00:00", "2024-00-10 10:00:00", "2024-06-00 10:00:00",
    "2024-06-18 24:00:00", "2024-06-18 23:60:00", "2024-06-18 23:59:60", "2024-06-18 23:59:59",
    "2024-06-18 2a:00:00", "2024-06/18 20:00:00", "2024-03-10 02:30:00", "2024-11-03 01:30:00",
  ];
  for (const tz of [SH, NY]) {
    for (const cell of cells) {
      it(`reads "${cell}" in ${tz} as the full pattern does`, () => {
        expect(parseTimestamp(cell, tz)).toEqual(parseTimestamp(` ${cell}`, tz));
      });
    }
  }

  it("knows leap years and month lengths", () => {
    expect(parseTimestamp("2024-02-29 12:00:00", SH).ok).toBe(true);
    expect(parseTimestamp("2023-02-29 12:00:00", SH)).toEqual({ ok: false, error: "is not a real calendar date" });
    expect(parseTimestamp("2100-02-29", SH).ok).toBe(false);
    expect(parseTimestamp("2024-04-31 00:00", SH).ok).toBe(false);
  });

  it("puts 23:30 UTC on the next day in Shanghai, and a wall-clock time in the merchant's zone", () => {
    const utc = parseTimestamp("2024-06-17T23:30:00Z", SH);
    expect(utc.ok && dayOf(utc.value, SH)).toBe("2024-06-18");
    const local = parseTimestamp("2024-06-18 00:30:00", SH);
    expect(local).toEqual({ ok: true, value: Date.UTC(2024, 5, 17, 16, 30) });
  });
});

describe("quick money path", () => {
  const cells = ["0", "7", "1234", "1234.5", "1234.50", "0.99", "0.9", "12.345", "12.", ".5", "1,234.50", "9999999999999", "99999999999999", "1.2.3", "12a", "00012.30"];
  for (const cell of cells) {
    it(`reads "${cell}" as the full pattern does`, () => {
      expect(parseMoney(cell)).toEqual(parseMoney(`+${cell}`));
    });
  }

  it("gives hundredths", () => {
    expect(parseMoney("1234.5")).toEqual({ ok: true, value: 123450 });
    expect(parseMoney("0.07")).toEqual({ ok: true, value: 7 });
    expect(parseMoney("12.345")).toEqual({ ok: false, error: "has more than two decimals" });
  });
});
