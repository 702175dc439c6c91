import { describe, expect, it } from "vitest";
import { centsToDecimal, formatChange, formatMoney, parseMoney, toUnits } from "../../../app/domain/money";

describe("parseMoney", () => {
  it.each([
    ["1234.5", 123450],
    ["1,234.50", 123450],
    ["¥1234.50", 123450],
    ["￥1,234.50", 123450],
    ["0", 0],
    ["0.01", 1],
    ["  12 ", 1200],
    ["1,000,000", 100000000],
  ])("reads %s as %i hundredths", (raw, cents) => {
    expect(parseMoney(raw)).toEqual({ ok: true, value: cents });
  });

  it.each([
    ["12,34.5", "is not an amount of money"],
    ["-3", "negative"],
    ["1.234", "more than two decimals"],
    ["abc", "is not an amount"],
    ["", "is empty"],
    ["1e5", "is not an amount"],
  ])("refuses %s", (raw, message) => {
    const r = parseMoney(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it("never goes through floats: 0.1 + 0.2 stays exact", () => {
    const a = parseMoney("0.10");
    const b = parseMoney("0.20");
    expect(a.ok && b.ok && a.value + b.value).toBe(30);
  });
});

describe("money formatting", () => {
  it("formats hundredths in the merchant's currency", () => {
    expect(formatMoney(123450, "CNY")).toBe("¥1,234.50");
    expect(formatMoney(null, "CNY")).toBe("—");
    expect(centsToDecimal(5)).toBe("0.05");
    expect(centsToDecimal(-123456)).toBe("-1234.56");
    expect(toUnits(123457)).toBe(1234.57);
  });

  it("signs changes and shows no change for a missing base", () => {
    expect(formatChange(0.1234)).toBe("+12.3%");
    expect(formatChange(-0.04)).toBe("−4.0%");
    expect(formatChange(null)).toBe("—");
  });
});
