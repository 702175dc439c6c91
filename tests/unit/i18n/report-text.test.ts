// A phase report's definitions and notes: canonical English for the command line and JSON, the
// same messages in the reader's language for pages, print and translated downloads.
import { describe, expect, it } from "vitest";
import { phaseColumns, phaseReportNotes } from "~/domain/phases/columns";
import { phaseDefEnglish } from "~/domain/report/phase-definitions";
import { DEFAULT_PHASE_DEFINITIONS } from "~/domain/settings";
import type { ReportTable } from "~/domain/report/table";
import { localizedTable } from "~/services/report-language.server";

const own = { ...DEFAULT_PHASE_DEFINITIONS, verification: ["product_clicks", "cart_adds"] } as typeof DEFAULT_PHASE_DEFINITIONS;

function table(defs = DEFAULT_PHASE_DEFINITIONS): ReportTable {
  const notes = phaseReportNotes(defs, "CNY", "Asia/Shanghai");
  return { report: "phases", merchant: "m", from: "2026-10-01", to: "2026-10-31", by: "total", split: "none", columns: phaseColumns(defs), rows: [], notes: notes.map(phaseDefEnglish), noteMessages: notes };
}

describe("phase report definitions and notes", () => {
  it("keep the canonical English", () => {
    const t = table(own);
    expect(t.notes[0]).toBe(
      "Phase definitions (this merchant's own): Exploration = impressions; Connection = likes + comments + follows; Verification = product_clicks + cart_adds; Purchase = orders; Confirmation = kept_orders; Sharing = shares + media_reviews.",
    );
    expect(t.notes[1]).toBe("Money in CNY; days in Asia/Shanghai.");
    expect(t.columns.find((c) => c.key === "verification")?.definition).toBe(
      "Phase 3 volume: Σ product_clicks + cart_adds (this merchant's definition; the contract's default is Σ product_clicks).",
    );
  });

  it("speak Chinese and Japanese with the same structure", () => {
    const zh = localizedTable(table(own), "zh-CN");
    expect(zh.notes[0]).toBe("阶段定义（本店铺自定义）：种草·触达 = 曝光; 互动 = 点赞 + 评论 + 关注; 兴趣验证 = 商品点击 + 加购; 拔草·购买 = 订单; 履约确认 = 留存订单; 分享 = 分享 + 带图/视频评价。");
    expect(zh.columns.find((c) => c.key === "verification")?.definition).toBe("第 3 阶段量：Σ 商品点击 + 加购（本店铺的定义；标准默认为 Σ 商品点击）。");
    const ja = localizedTable(table(), "ja");
    expect(ja.columns.find((c) => c.key === "connection_rate")?.definition).toBe("接点 ÷ 認知。");
    expect(ja.notes[1]).toBe("金額は CNY、日付は Asia/Shanghai。");
    for (const c of ja.columns) expect(c.definition ?? "", c.key).not.toMatch(/\b(the|of|over|volume|default)\b/);
  });
});
