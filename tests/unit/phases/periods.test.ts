// Which weeks or months a report range cuts short.
import { describe, expect, it } from "vitest";
import { describePartial, partialPeriods } from "../../../app/domain/phases/periods";

describe("partialPeriods", () => {
  it("finds the weeks a range starts and ends inside", () => {
    // 2026-10-04 is a Sunday (the last day of 2026-W40); 2026-10-31 a Saturday in W44
    expect(partialPeriods("2026-10-04", "2026-10-31", "week")).toEqual([
      { period: "2026-W40", days: 1, of: 7 },
      { period: "2026-W44", days: 6, of: 7 },
    ]);
    expect(partialPeriods("2026-10-05", "2026-10-18", "week")).toEqual([]);
  });

  it("knows each month's length, leap Februaries included", () => {
    expect(partialPeriods("2024-02-01", "2024-03-15", "month")).toEqual([{ period: "2024-03", days: 15, of: 31 }]);
    expect(partialPeriods("2024-02-02", "2024-02-29", "month")).toEqual([{ period: "2024-02", days: 28, of: 29 }]);
  });

  it("never calls a day or the total partial", () => {
    expect(partialPeriods("2024-06-03", "2024-06-05", "day")).toEqual([]);
    expect(partialPeriods("2024-06-03", "2024-06-05", "total")).toEqual([]);
  });

  it("says it in words", () => {
    expect(describePartial({ period: "2026-W40", days: 1, of: 7 })).toBe("2026-W40 has 1 of its 7 days in the range");
  });
});
