// Reading a phase report from a URL, and writing it back canonically.
import { describe, expect, it } from "vitest";
import { DEFAULT_PHASE_MEASURES } from "../../../app/domain/phases/columns";
import { parsePhaseReportQuery, phaseReportCommand, phaseReportSearch } from "../../../app/domain/phases/report-query";

const parse = (s: string) => parsePhaseReportQuery(new URLSearchParams(s));

describe("parsePhaseReportQuery", () => {
  it("defaults to a total, unsplit report of the contract's columns", () => {
    expect(parse("")).toEqual({ ok: true, query: { from: undefined, to: undefined, by: "total", split: "none", measures: DEFAULT_PHASE_MEASURES } });
  });

  it("reads dates, grouping, split and measures (repeated or comma-separated) in catalogue order", () => {
    const r = parse("from=2024-06-01&to=2024-06-30&by=week&split=content&measures=loop_rate&measures=purchase,exploration");
    expect(r).toEqual({
      ok: true,
      query: { from: "2024-06-01", to: "2024-06-30", by: "week", split: "content", measures: ["exploration", "purchase", "loop_rate"] },
    });
  });

  it("says what is wrong in words, all at once", () => {
    const r = parse("from=2024-06-31&by=fortnight&measures=exploration,gpm");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(3);
    expect(r.errors[0]).toContain("From must be a date like 2024-06-18");
    expect(r.errors.join(" ")).toContain("Group by must be one of day, week, month, total");
    expect(r.errors.join(" ")).toContain("Unknown measure gpm");
    const backwards = parse("from=2024-06-30&to=2024-06-01");
    expect(backwards).toEqual({ ok: false, errors: ["From must not be after To."] });
  });
});

describe("phaseReportSearch", () => {
  it("writes one canonical string, leaving out the default measures", () => {
    const q = { from: "2024-06-01", to: "2024-06-30", by: "week" as const, split: "pillar" as const, measures: [...DEFAULT_PHASE_MEASURES] };
    expect(phaseReportSearch(q)).toBe("from=2024-06-01&to=2024-06-30&by=week&split=pillar");
    expect(phaseReportSearch({ ...q, measures: ["exploration", "loop_rate"] })).toBe("from=2024-06-01&to=2024-06-30&by=week&split=pillar&measures=exploration%2Cloop_rate");
  });

  it("round-trips through the parser", () => {
    const q = { from: "2024-06-01", to: "2024-06-30", by: "month" as const, split: "account" as const, measures: ["purchase", "kept_rate"] };
    expect(parse(phaseReportSearch(q))).toEqual({ ok: true, query: q });
  });

  it("gives the command that prints the same report", () => {
    const q = { from: "2024-06-01", to: "2024-06-30", by: "week" as const, split: "pillar" as const, measures: ["exploration", "loop_rate"] };
    expect(phaseReportCommand("demo", q)).toBe(
      "npx factloop report phases --merchant demo --from 2024-06-01 --to 2024-06-30 --by week --split pillar --measures exploration,loop_rate --format csv",
    );
  });
});
