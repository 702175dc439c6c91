// A phase report's definitions and notes: canonical English for the command line and JSON, the
// same messages in the reader's language for pages, print and translated downloads.
import { describe, expect, it } from "vitest";
import { phaseColumns, phaseReportNotes } from "~/domain/phases/columns";
import { phaseDefEnglish } from "~/domain/report/phase-definitions";
import { factNote, factTableNote, reportLine, reportNoteEnglish } from "~/domain/report/export-notes";
import { translate, type Message } from "~/domain/message";
import { tOf } from "~/i18n/t";
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

describe("FACT export notes", () => {
  const say = (lang: string, m: Message) => translate((k, o) => tOf(lang)(k, o) as string, m);
  const notes: Message[] = [
    factTableNote("shelf-channels"),
    factNote("previous", { from: "2026-05-01", to: "2026-05-31" }),
    factNote("sessions"),
    factNote("everyCreator"),
    factNote("allianceCreators"),
    factNote("creatorGmv"),
    factNote("campaigns"),
    factNote("threshold", { threshold: 1_000_000 }),
    reportLine({ report: "fact", from: "2026-05-01", to: "2026-05-31", by: "week", split: "pillar" }),
  ];

  it("keep the English JSON and the canonical downloads have always had", () => {
    expect(notes.map(reportNoteEnglish)).toEqual([
      "FACT shelf-channels.",
      "Previous period 2026-05-01 to 2026-05-31.",
      "Field pillar rows of live content, one per content and day.",
      "Every creator with views or orders in the period.",
      "Creators whose sales without a campaign sit in Alliance.",
      "GMV per creator is all of the creator's attributed GMV, as `factloop report fact --split account` prints it.",
      "Each campaign is measured over its own days up to the latest imported day; the baseline is the merchant's GMV on the same weekdays in the 28 days before it starts.",
      "Top-KOL threshold 1,000,000 followers.",
      "fact, 2026-05-01 to 2026-05-31, by week, split pillar",
    ]);
  });

  it("read in Chinese and Japanese, every parameter filled", () => {
    for (const m of notes) {
      expect(say("en", m)).toBe(reportNoteEnglish(m));
      for (const lang of ["zh-CN", "ja"]) {
        const text = say(lang, m).replace("`factloop report fact --split account`", "");
        expect(text, `${lang} ${m.code}`).not.toContain("{{");
        expect(text, `${lang} ${m.code}`).not.toMatch(/\b(the|of|per|with|in|to|by|split|period|creators?|campaign|followers|threshold)\b/i);
      }
    }
    expect(say("zh-CN", notes[0])).toBe("FACT 货架渠道。");
    expect(say("ja", notes[7])).toBe("トップKOLの基準：フォロワー 1,000,000 人。");
    expect(say("zh-CN", notes[8])).toBe("FACT 报表，2026-05-01 至 2026-05-31，粒度：周，拆分：阵地");
  });
});
