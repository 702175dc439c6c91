// A plan download follows the language it is asked in, as the FACT and phase report downloads
// do: the header, sheet names, summary rows, definitions and the lines' words (format, intent,
// yes/no, the why) in Chinese or Japanese; the canonical file keeps the English and, in CSV, the
// snake_case keys word for word.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { PostEstimate } from "~/domain/planner/estimate";
import { planExportMessages, PLAN_LINE_KEYS } from "~/domain/planner/export-words";
import { whyBooked } from "~/domain/planner/why";
import { planCsv, planXlsx } from "~/services/planner/export.server";
import type { SavedPlan } from "~/services/planner/plans.server";
import { incompleteTriples } from "../../helpers/triples";

const why = whyBooked({
  format: "live",
  posts: 2,
  estimate: { estimated: true, views: { posts: 0, ownMean: null, peers: { level: "all", creators: 14 }, ownWeight: 0, mean: 0, sd: 0 }, gpmValue: 0, gmvPerPost: 150000 } as unknown as PostEstimate,
  lineGmv: 300000,
  lineCost: 100000,
  intent: "seeding",
  quadrant: null,
  tier: "waist",
  category: "",
  currency: "CNY",
  decay: 0.8,
});

const split = { cost: 0, expectedGmv: 0, lines: 0 };
const plan: SavedPlan = {
  id: 1,
  name: "六月 plan",
  budget: 2_000_000,
  from: "2026-06-01",
  to: "2026-06-30",
  objective: "gmv",
  constraints: {},
  asOf: "2026-05-31",
  createdAt: 0,
  lines: [
    { accountId: "kol-1", name: "Anna", format: "live", posts: 2, fromDay: "2026-06-01", toDay: "2026-06-30", intent: "seeding", pillar: "A", estimated: true, cost: 100000, expectedViews: 12345.6, expectedGmv: 300000, gmvP10: 100000, gmvP90: 500000, breakEvenGpm: null, roi: 3, why },
    { accountId: "kol-2", name: "=HYPERLINK()", format: "video", posts: 1, fromDay: "2026-06-02", toDay: "2026-06-02", intent: "harvesting", pillar: "T", estimated: false, cost: 0, expectedViews: 10, expectedGmv: 0, gmvP10: 0, gmvP90: 0, breakEvenGpm: null, roi: null, why: "Picked by hand, my own words" },
  ],
  totals: { budget: 2_000_000, cost: 100000, budgetLeft: 1_900_000, expectedViews: 12355.6, expectedGmv: 300000, gmvP10: 100000, gmvP50: 300000, gmvP90: 500000, viewsP10: 0, viewsP90: 0, roi: 3, creators: 2, posts: 3, byPillar: { T: split, A: split }, byIntent: { seeding: split, harvesting: split } },
};

const rows = (csv: string) => csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");

async function sheets(buf: Buffer): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const out: Record<string, unknown[][]> = {};
  wb.eachSheet((ws) => {
    const rs: unknown[][] = [];
    ws.eachRow((r) => rs.push((r.values as unknown[]).slice(1)));
    out[ws.name] = rs;
  });
  return out;
}

describe("a plan download", () => {
  it("has every word in three languages", () => {
    expect(incompleteTriples(planExportMessages)).toEqual([]);
    expect(Object.keys(planExportMessages.planExport.col)).toEqual([...PLAN_LINE_KEYS]);
    expect(Object.keys(planExportMessages.planExport.def)).toEqual([...PLAN_LINE_KEYS]);
  });

  it("keeps the canonical CSV: snake_case keys, values as stored, formulas neutralised", () => {
    const r = rows(planCsv(plan));
    expect(r[0]).toBe("account_id,name,format,posts,from,to,intent,pillar,cost,expected_views,expected_gmv,gmv_p10,gmv_p90,roi,estimated,why");
    expect(r[1]).toBe(`kol-1,Anna,live,2,2026-06-01,2026-06-30,seeding,A,1000.00,12346,3000.00,1000.00,5000.00,3,yes,"${why.replace(/"/g, '""')}"`);
    expect(r[2]).toBe("kol-2,'=HYPERLINK(),video,1,2026-06-02,2026-06-02,harvesting,T,0.00,10,0.00,0.00,0.00,,no,\"Picked by hand, my own words\"");
  });

  it("writes a Chinese CSV: the columns' names and the lines' words, data and hand-written words kept", () => {
    const r = rows(planCsv(plan, "zh-CN"));
    expect(r[0]).toBe("账号 ID,达人,体裁,作品数,开始,结束,目的,阵地,成本,预期播放,预期 GMV,GMV P10,GMV P90,ROI,预估,理由");
    expect(r[1]).toMatch(/^kol-1,Anna,直播,2,2026-06-01,2026-06-30,种草,A,1000\.00,12346,3000\.00,1000\.00,5000\.00,3,是,/);
    // the why, read back from the English the plan stores, is Chinese too
    expect(r[1]).not.toMatch(/\b(posts?|estimated|from|creators|GMV a post)\b/);
    expect(r[2]).toMatch(/,短视频,.*,拔草,T,.*,否,"Picked by hand, my own words"$/);
    expect(rows(planCsv(plan, "en"))[0]).toBe("Account id,Creator,Format,Posts,From,To,Intent,Pillar,Cost,Expected views,Expected GMV,GMV P10,GMV P90,ROI,Estimated,Why");
  });

  it("keeps the canonical workbook's English, and writes the reader's one in Japanese", async () => {
    const en = await sheets(await planXlsx(plan, "CNY"));
    expect(Object.keys(en)).toEqual(["Plan", "Lines", "Definitions"]);
    expect(en.Plan[0]).toEqual(["Plan", "六月 plan"]);
    expect(en.Plan.map((r) => r[0]).slice(1)).toEqual(["Window", "Currency", "Budget", "Cost", "Expected GMV", "GMV P10 (simulated)", "GMV P90 (simulated)", "ROI", "Expected views", "Creators", "Posts", "Estimates as of"]);
    expect(en.Plan[1][1]).toBe("2026-06-01 to 2026-06-30");
    expect(en.Lines[0][0]).toBe("Account id");
    expect(en.Definitions[0]).toEqual(["Column", "Definition"]);
    expect(en.Definitions.slice(1).map((r) => r[1])).toEqual([
      "The creator's account id.",
      "The creator's name as the accounts file gives it.",
      "live or video (image posts count as video).",
      "Posts booked in the line.",
      "First day of the line, inclusive.",
      "Last day of the line, inclusive.",
      "seeding (trust-building content) or harvesting (sales).",
      "FACT pillar the line's sales count in: T for a Top-KOL, A otherwise.",
      "posts × (fee + samples + boost) + commission × expected GMV.",
      "Expected views of the line's posts, repeats discounted by the repeat factor.",
      "Expected views × estimated GPM ÷ 1000.",
      "GMV the line beats 9 times in 10 (simulated, fixed seed).",
      "GMV the line beats 1 time in 10 (simulated, fixed seed).",
      "Expected GMV ÷ cost.",
      "yes for a prospect: no history with the merchant, peers' figures only.",
      "Why the creator is in the plan.",
    ]);
    expect(en.Lines[1][14]).toBe("yes");
    expect(en.Lines[1][15]).toBe(why);

    const ja = await sheets(await planXlsx(plan, "CNY", "ja"));
    expect(Object.keys(ja)).toEqual(["プラン", "明細", "定義"]);
    expect(ja["プラン"][1]).toEqual(["期間", "2026-06-01〜2026-06-30"]);
    expect(ja["明細"][1].slice(2, 3)).toEqual(["ライブ"]);
    expect(ja["明細"][1][14]).toBe("はい");
    // the why in Japanese, read back from the English the plan stores
    expect(String(ja["明細"][1][15])).not.toMatch(/\b(posts?|estimated|from|creators)\b/);
    expect(ja["明細"][2][15]).toBe("Picked by hand, my own words");
    // nothing but data and the industry's abbreviations is Latin in the Japanese definitions
    for (const [, d] of ja["定義"].slice(1)) expect(String(d).replace(/GMV|GPM|FACT|KOL|ROI|ID|P10|P90|\bT\b|\bA\b/g, "")).not.toMatch(/[A-Za-z]{2,}/);
  });
});
