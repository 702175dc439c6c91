// A report's size from its range, grouping and split values, before it is built.
import { describe, expect, it } from "vitest";
import { MAX_REPORT_ROWS, periodCount, reportSlices, reportTooLarge, reportTooLargeMessage } from "../../../../app/domain/report/size";

describe("report size", () => {
  it.each([
    ["2024-06-01", "2024-06-30", "day", 30],
    ["2024-06-03", "2024-06-16", "week", 2],
    ["2024-06-02", "2024-06-03", "week", 2],
    ["2024-01-15", "2025-02-01", "month", 14],
    ["1970-01-01", "2099-12-31", "day", 47_482],
    ["2024-06-01", "2024-06-30", "total", 1],
  ] as const)("%s to %s by %s has %i periods", (from, to, by, n) => {
    expect(periodCount(from, to, by)).toBe(n);
  });

  it("1970–2099 by day split by 2,000 content ids is refused, with what would fit", () => {
    const t = reportTooLarge("1970-01-01", "2099-12-31", "day", 2000)!;
    expect(t.rows).toBe(47_482 * 2001);
    expect(t.coarser).toBe("total");
    expect(t.narrowerTo).toBe("1970-01-09");
    expect(reportTooLargeMessage(t, "1970-01-01")).toMatch(/^This report would have 95,011,482 rows; a page or download holds at most 20,000\. Group it by total, or narrow the range \(from 1970-01-01 to at most 1970-01-09\)/);
    expect(reportTooLarge("1970-01-01", "2099-12-31", "day", 3)?.coarser).toBe("month");
    expect(reportTooLarge("2024-01-01", "2024-12-31", "day", 50)).toBeNull();
    expect(MAX_REPORT_ROWS).toBe(20_000);
  });

  it("slices a range into whole periods", () => {
    expect([...reportSlices("2023-12-30", "2025-01-02", "month")]).toEqual([
      { from: "2023-12-30", to: "2023-12-31" },
      { from: "2024-01-01", to: "2024-12-31" },
      { from: "2025-01-01", to: "2025-01-02" },
    ]);
    const weeks = [...reportSlices("2024-06-05", "2026-01-01", "week")];
    expect(weeks[0]).toEqual({ from: "2024-06-05", to: "2025-06-01" });
    expect(weeks[1].from).toBe("2025-06-02");
  });
});
