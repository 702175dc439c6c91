import { describe, expect, it } from "vitest";
import { median, peerMedians } from "../../../app/domain/portfolio/peer-position";
import { auditCsv } from "../../../app/domain/audit-csv";

describe("peer medians", () => {
  it("take the median of the other merchants of the same category, never the merchant itself", () => {
    const m = peerMedians([
      { id: 1, category: "beauty", value: 100 },
      { id: 2, category: "beauty", value: 300 },
      { id: 3, category: "beauty", value: 200 },
      { id: 4, category: "apparel", value: 50 },
      { id: 5, category: "", value: 70 },
      { id: 6, category: "beauty", value: null },
    ]);
    // peers of 1: 300 and 200 → 250; of 2: 100, 200 → 150; of 3: 100, 300 → 200
    expect(m.get(1)).toEqual({ median: 250, peers: 2 });
    expect(m.get(2)).toEqual({ median: 150, peers: 2 });
    expect(m.get(3)).toEqual({ median: 200, peers: 2 });
    expect(m.get(6)).toEqual({ median: 200, peers: 3 });
    expect(m.get(4)).toEqual({ median: null, peers: 0 });
    expect(m.get(5)).toEqual({ median: null, peers: 0 });
  });

  it("median of an odd and even list, and of nothing", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe("audit CSV", () => {
  it("writes one line per entry and keeps formula-like cells as text", () => {
    const csv = auditCsv([{ at: Date.UTC(2026, 10, 30, 12), user: "=cmd@x.test", action: "export", detail: { path: "a,b" }, ip: "127.0.0.1" }]);
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("at_utc,user,action,detail,ip");
    expect(lines[1]).toBe(`2026-11-30T12:00:00.000Z,'=cmd@x.test,export,"{""path"":""a,b""}",127.0.0.1`);
  });
});
