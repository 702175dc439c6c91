// Saved phase reports: a name and a canonical URL, per merchant.
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../../db/client";
import type { MerchantContext } from "../../../app/services/merchants.server";
import { removePhaseReport, savedPhaseReports, savePhaseReport } from "../../../app/services/phases/saved-reports.server";
import { makeMerchant, memoryDb } from "../../helpers/db";

describe("saved phase reports", () => {
  let db: Db;
  let m: MerchantContext;
  let other: MerchantContext;

  beforeEach(() => {
    db = memoryDb();
    m = makeMerchant(db, "shop");
    other = makeMerchant(db, "other");
  });

  it("stores the report's canonical search string and reopens it by name", () => {
    const r = savePhaseReport(db, m, { name: "  Weekly by pillar ", params: "split=pillar&by=week&from=2024-06-03&to=2024-06-30&saved=x" }, 1_700_000_000_000);
    expect(r).toEqual({
      ok: true,
      replaced: false,
      report: { id: expect.any(Number), name: "Weekly by pillar", params: "from=2024-06-03&to=2024-06-30&by=week&split=pillar", createdAt: 1_700_000_000_000 },
    });
    expect(savedPhaseReports(db, m).map((s) => [s.name, s.params])).toEqual([["Weekly by pillar", "from=2024-06-03&to=2024-06-30&by=week&split=pillar"]]);
    expect(savedPhaseReports(db, other)).toEqual([]);
  });

  it("updates a report saved again under the same name", () => {
    savePhaseReport(db, m, { name: "Mine", params: "by=week" });
    const again = savePhaseReport(db, m, { name: "Mine", params: "by=month&measures=purchase,loop_rate" });
    expect(again).toMatchObject({ ok: true, replaced: true });
    expect(savedPhaseReports(db, m).map((s) => s.params)).toEqual(["by=month&split=none&measures=purchase%2Cloop_rate"]);
  });

  it("refuses a blank name or a report it cannot read, saying why", () => {
    expect(savePhaseReport(db, m, { name: " ", params: "by=week" })).toEqual({ ok: false, errors: { name: "Give the report a name.", params: undefined } });
    const bad = savePhaseReport(db, m, { name: "x", params: "by=year" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.params).toContain("Group by must be one of");
    expect(savedPhaseReports(db, m)).toEqual([]);
  });

  it("deletes only the merchant's own reports", () => {
    const r = savePhaseReport(db, m, { name: "Mine", params: "by=week" });
    if (!r.ok) throw new Error("not saved");
    expect(removePhaseReport(db, other, r.report.id)).toBe(false);
    expect(savedPhaseReports(db, m)).toHaveLength(1);
    expect(removePhaseReport(db, m, r.report.id)).toBe(true);
    expect(savedPhaseReports(db, m)).toEqual([]);
  });
});
