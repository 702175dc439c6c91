// A report request the app refuses (a date it cannot read, From after To, a report over the size
// limit): the English the command line, a download's 400 and the tests read stays word for word,
// and the page (or a download asked in a language) says it in Chinese or Japanese.
import { describe, expect, it } from "vitest";
import { reportText } from "~/components/report-text";
import { PHASE_MEASURES } from "~/domain/phases/columns";
import { parsePhaseReportQuery, phaseQueryMessages, savedReportNameSchema } from "~/domain/phases/report-query";
import type { TripleTree } from "~/domain/message";
import { reportSizeMessages, reportTooLarge, reportTooLargeMessage, reportTooLargeOf } from "~/domain/report/size";
import { tOf } from "~/i18n/t";

const zh = tOf("zh-CN");
const ja = tOf("ja");

/** Latin words left once data (dates, measures, groupings' keys) and the command are taken out. */
const latin = (s: string) =>
  [...PHASE_MEASURES]
    .sort((a, b) => b.length - a.length)
    .reduce((out, m) => out.split(m).join(""), s)
    .replace(/factloop report … --format csv --out FILE/g, "")
    .replace(/\b(day|week|month|total|none|pillar|campaign|account|content|exploration|gpm|csv|xlsx|json|format|trend|summary)\b/g, "")
    .match(/[A-Za-z]{3,}/g);

describe("report refusals", () => {
  it("have three texts with the English one's parameters", () => {
    const names = (s: string) => [...new Set([...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]))].sort();
    const walk = (t: TripleTree) => {
      for (const v of Object.values(t)) {
        if (!Array.isArray(v)) walk(v as TripleTree);
        else for (const x of v.slice(1)) expect(names(x as string)).toEqual(names(v[0] as string));
      }
    };
    walk({ ...phaseQueryMessages, ...reportSizeMessages });
  });

  it("read in Chinese and Japanese, from the English the services keep", () => {
    const bad = parsePhaseReportQuery(new URLSearchParams("from=2024-06-31&to=x&by=fortnight&split=shop&measures=exploration,gpm"));
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    const backwards = parsePhaseReportQuery(new URLSearchParams("from=2024-06-30&to=2024-06-01"));
    const name = savedReportNameSchema.safeParse(" ");
    const texts = [...bad.errors, ...(backwards.ok ? [] : backwards.errors), name.success ? "" : name.error.issues[0].message];
    expect(texts).toContain("From must be a date like 2024-06-18.");
    expect(texts).toContain("Split by must be one of none, pillar, campaign, account, content.");
    expect(texts).toContain("From must not be after To.");
    expect(texts).toContain("Give the report a name.");
    for (const english of texts) {
      expect(reportText(tOf("en"), english)).toBe(english);
      for (const t of [zh, ja]) {
        const text = reportText(t, english);
        expect(text, english).not.toBe(english);
        expect(latin(text), text).toBeNull();
      }
    }
    expect(reportText(zh, "From must not be after To.")).toBe("开始日期不能晚于结束日期。");
  });

  it("say a report over the limit, and what would fit, in every language", () => {
    const cases = [reportTooLarge("1970-01-01", "2099-12-31", "day", 30), reportTooLarge("2024-01-01", "2024-12-31", "day", 200), reportTooLarge("1970-01-01", "2099-12-31", "total", 50_000)];
    for (const t of cases) {
      expect(t).not.toBeNull();
      const english = reportTooLargeMessage(t!, "1970-01-01");
      const m = reportTooLargeOf(english);
      expect(m, english).not.toBeNull();
      expect(reportText(tOf("en"), english)).toBe(english);
      for (const tr of [zh, ja]) expect(latin(reportText(tr, english)), english).toBeNull();
    }
    const t = reportTooLarge("1970-01-01", "2099-12-31", "day", 30)!;
    expect(reportTooLargeMessage(t, "1970-01-01")).toMatch(/^This report would have [\d,]+ rows; a page or download holds at most 20,000\. (Group it by \w+, or n|N)arrow the range \(from 1970-01-01 to at most [\d-]+\), or split it less finely\. The command line writes any size, streamed: factloop report … --format csv --out FILE\.$/);
    expect(reportText(zh, reportTooLargeMessage(t, "1970-01-01"))).toMatch(/^这份报表将有 [\d,]+ 行；页面或下载最多容纳 20,000 行。请(按.+汇总，或)?缩小范围（从 1970-01-01 到最晚 [\d-]+），或减少拆分。/);
  });
});
