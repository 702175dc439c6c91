// The page formats per interface language, worked by hand: money per currency, compact figures
// in 万 / 亿 / 億 or K / M, points for share changes, weeks with their dates.
import { describe, expect, it } from "vitest";
import { change, compact, count, date, matchLocale, money, moneyShort, multiple, percent, period, points, week } from "~/domain/locale-format";
import { formatCell } from "~/components/format-cell";
import { formattersFor } from "~/components/use-format";

describe("money per currency and language", () => {
  it.each([
    [123450, "CNY", "zh-CN", "¥1,234.50"],
    [123450, "CNY", "en", "¥1,234.50"],
    [123450, "CNY", "ja", "¥1,234.50"],
    [123450, "JPY", "ja", "¥1,235"],
    [123400, "JPY", "en", "¥1,234"],
    [123450, "USD", "en", "$1,234.50"],
    [123450, "USD", "zh-CN", "$1,234.50"],
  ] as const)("%d hundredths of %s in %s is %s", (cents, cur, loc, want) => {
    expect(money(cents, cur, loc)).toBe(want);
  });
  it("shows a dash for no value", () => expect(money(null, "CNY", "en")).toBe("—"));
});

describe("compact figures", () => {
  it("uses 万 and 亿 in Chinese", () => {
    expect(moneyShort(1_234_567_800, "CNY", "zh-CN")).toBe("¥1234.6万");
    expect(moneyShort(12_345_678_900, "CNY", "zh-CN")).toBe("¥1.2亿");
    expect(compact(123_456, "zh-CN")).toBe("12.3万");
  });
  it("uses 万 and 億 in Japanese", () => {
    expect(moneyShort(12_345_678_900, "JPY", "ja")).toBe("¥1.2億");
    expect(compact(50_000, "ja")).toBe("5万");
  });
  it("uses K and M in English, never ¥1000K", () => {
    expect(moneyShort(100_000_000, "CNY", "en")).toBe("¥1M");
    expect(moneyShort(99_990_000, "CNY", "en")).not.toMatch(/1000K/);
    expect(compact(12_300, "en")).toBe("12.3K");
    expect(moneyShort(250_000, "USD", "en")).toBe("$2,500");
  });
});

describe("shares, changes and points", () => {
  it("shares are percents, changes signed", () => {
    expect(percent(0.1234, 1, "en")).toBe("12.3%");
    expect(change(0.05, "zh-CN")).toBe("+5.0%");
    expect(change(-0.04, "en")).toBe("−4.0%");
    expect(change(null, "en")).toBe("—");
  });
  it("a change of a share is in percentage points", () => {
    expect(points(0.012, "en")).toBe("+1.2 pts");
    expect(points(-0.004, "zh-CN")).toBe("−0.4 个百分点");
    expect(points(0.0001, "ja")).toBe("0.0 ポイント");
  });
  it("counts group digits and multiples keep two decimals", () => {
    expect(count(1234567, "ja")).toBe("1,234,567");
    expect(multiple(9.036, "en")).toBe("9.04×");
  });
});

describe("dates and weeks", () => {
  it("a week is shown with its dates", () => {
    expect(week("2026-W23")).toBe("2026-W23 · 6/1–6/7");
    expect(week("2026-06-03")).toBe("2026-W23 · 6/1–6/7");
    expect(week("2026-W01")).toBe("2026-W01 · 12/29–1/4");
  });
  it("a day in each language", () => {
    expect(date("2026-06-01", "zh-CN")).toBe("2026年6月1日");
    expect(date("2026-06-01", "ja")).toBe("2026年6月1日");
    expect(date("2026-06-01", "en")).toBe("Jun 1, 2026");
  });
});

describe("report periods", () => {
  it("the whole range is the page's word for a total; weeks get dates; days and months stay", () => {
    expect(period("total", "zh-CN")).toBe("合计");
    expect(period("total", "ja")).toBe("合計");
    expect(period("total", "en")).toBe("Total");
    expect(period("2026-W23", "ja")).toBe("2026-W23 · 6/1–6/7");
    expect(period("2026-06", "zh-CN")).toBe("2026-06");
    expect(period("2026-06-01", "en")).toBe("2026-06-01");
  });
  it("a report cell says it only in the period column: a split value named total stays as it is", () => {
    const f = formattersFor("ja");
    expect(formatCell({ key: "period", label: "Period", type: "text" }, "total", "CNY", f)).toBe("合計");
    expect(formatCell({ key: "campaign", label: "Campaign", type: "text" }, "total", "CNY", f)).toBe("total");
  });
});

describe("language tags", () => {
  it.each([["zh", "zh-CN"], ["zh-Hans-CN", "zh-CN"], ["ja-JP", "ja"], ["en-GB", "en"], ["fr", null]] as const)("%s → %s", (tag, want) => {
    expect(matchLocale(tag)).toBe(want);
  });
});

describe("remembered texts", () => {
  it("give Intl's text for each figure, asked again and again, -0 and 0 apart", () => {
    const intl = new Intl.NumberFormat("ja", { maximumFractionDigits: 2 });
    const figures = [0, -0, 0.004, -0.004, 12_345.678, -12_345.678, 1e21];
    for (let round = 0; round < 3; round++)
      for (const n of figures) {
        // compact figures under 10,000 are written with up to two decimals, as `intl` does
        if (Math.abs(n) < 10_000) expect(compact(n, "ja")).toBe(intl.format(n));
        expect(percent(n, 1, "en")).toBe(new Intl.NumberFormat("en", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n));
      }
    expect(compact(-0, "ja")).toBe("-0");
    expect(compact(0, "ja")).toBe("0");
    expect(compact(-0, "ja")).toBe("-0");
  });

  it("stay right past the number a formatter remembers", () => {
    for (let n = 0; n < 5_000; n++) expect(count(n * 7, "zh-CN")).toBe((n * 7).toLocaleString("zh-CN"));
    expect(count(21, "zh-CN")).toBe("21");
  });
});
