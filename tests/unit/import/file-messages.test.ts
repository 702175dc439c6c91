// File-level import messages (a file the readers refuse, a limit, a header that does not fit) and
// a platform export's notes: one code and its parameters make the canonical English the command
// line and the JSON report print, and the page's Chinese and Japanese.
import { describe, expect, it } from "vitest";
import { CsvSyntaxError, CsvTokenizer, csvMessages } from "~/domain/import/csv";
import {
  dateOrderChoice,
  dateOrderNote,
  exportEnglish,
  exportMessages,
  exportNote,
  exportSummary,
  exportSummaryOf,
  unknownAccountsWarning,
} from "~/domain/import/exports/messages";
import {
  importFileEnglish,
  importFileMessageOf,
  importFileMessages,
  missingColumns,
  noKnownColumns,
  previewMissing,
  titleRowsSkipped,
  unknownReference,
} from "~/domain/import/file-messages";
import { JsonArrayScanner, JsonShapeError, jsonMessages, NdjsonScanner } from "~/domain/import/json-stream";
import { ImportLimitError, limitMessage, limitTriples } from "~/domain/import/limits";
import { messageData, translate, type Message, type TripleTree } from "~/domain/message";
import { tOf } from "~/i18n/t";

const say = (lang: string, m: Message) => translate((k, o) => tOf(lang)(k, o) as string, m);

/** English words that would mean a sentence was left untranslated (data taken out first). */
const ENGLISH = /\b(the|is|are|was|were|of|and|or|rows?|file|line|column|cell|sheet|import(ed)?|nothing|read|dates?|first|export)\b/i;

function withoutData(text: string, m: Message): string {
  let out = text;
  for (const d of [...messageData(m), "factloop", "JSON", "CSV", "UTF-8", "GBK/GB18030", "GBK", "Excel", "XLSX", "MB", "GB", "XFD", "xl/sharedStrings.xml", ".xlsx", ".xls", "--mapping", "zip", "null", "handle", "kind", "self", "creator"]) {
    out = out.split(d).join(" ");
  }
  return out;
}

function chineseAndJapanese(m: Message): void {
  const english = importFileEnglish(m);
  expect(say("en", m)).toBe(english);
  for (const lang of ["zh-CN", "ja"]) {
    const text = say(lang, m);
    expect(text, `${lang}: ${m.code}`).not.toContain("{{");
    expect(text, `${lang}: ${m.code}`).not.toBe(english);
    expect(withoutData(text, m), `${lang}: ${text}`).not.toMatch(ENGLISH);
  }
}

describe("every file-level message", () => {
  const trees: Record<string, TripleTree> = { ...importFileMessages, ...csvMessages, ...jsonMessages, ...limitTriples, ...exportMessages };

  it("has three texts whose parameters are the English one's", () => {
    const names = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
    const walk = (t: TripleTree, at: string) => {
      for (const [k, v] of Object.entries(t)) {
        if (!Array.isArray(v)) {
          walk(v as TripleTree, `${at}${k}.`);
          continue;
        }
        const [en, zh, ja] = v as string[];
        expect([en, zh, ja].every((x) => x.trim() !== ""), `${at}${k}`).toBe(true);
        // a translation may leave out a parameter (the English article), never invent one
        for (const other of [zh, ja]) for (const n of names(other)) expect(names(en), `${at}${k}: ${n}`).toContain(n);
      }
    };
    walk(trees, "");
  });

  it("is filled in every language by the functions that write it", () => {
    const all: Message[] = [
      noKnownColumns("views", '"a", "b"', null),
      noKnownColumns("views", '"order_id", "gmv"', "orders"),
      missingColumns("orders", ["gmv", "paid_at"], '"order_id"', null),
      missingColumns("reviews", ["rating"], '"order_id"', "accounts"),
      previewMissing("views", ["content_id"]),
      previewMissing("orders", ["gmv", "paid_at"]),
      unknownReference("account", 1),
      unknownReference("order", 12345),
      titleRowsSkipped(1, 2),
      titleRowsSkipped(3, 4),
      { code: "importFile.tooLarge", params: { size: "1.50" } },
      { code: "importFile.notXlsx", params: { error: "end of central directory record signature not found" } },
      { code: "importFile.duplicateColumn", params: { header: "订单号", kept: "order_id", field: "order_id" } },
      { code: "importFile.interrupted" },
      { code: "importFile.empty" },
      limitMessage.xlsxSharedStringHuge(1),
      limitMessage.xlsxTooManyStrings(),
      limitMessage.xlsxRowCellTooLong(7),
      limitMessage.xlsxBadXml({ code: "importLimit.part.sharedStrings" }),
      limitMessage.jsonTooDeep(12000),
      limitMessage.notGbk(3),
      limitMessage.rejectedCapped(1),
      limitMessage.rejectedCapped(4_900_000),
      limitMessage.unexpected(),
      { code: "importJson.itemNotObject", params: { line: 1, item: 2, what: { code: "importJson.is.notObject" } } },
      { code: "importJson.lineKind", params: { line: 2, kind: { code: "importJson.kind.list" } } },
      { code: "importCsv.rowTooLong", params: { line: 9, mb: 32 } },
    ];
    for (const m of all) chineseAndJapanese(m);
  });
});

describe("file-level errors", () => {
  it("carry their code beside the English the command line has always printed", () => {
    const t = new CsvTokenizer(",");
    t.push('a,b\n1,2\n3,"unclosed\n');
    let error: CsvSyntaxError | null = null;
    try {
      t.push("", true);
    } catch (e) {
      error = e as CsvSyntaxError;
    }
    expect(error?.message).toBe('Line 3: a quoted value starts on this line but its closing quote (") is missing, so the rest of the file cannot be read');
    expect(error?.code).toEqual({ code: "importCsv.unclosedQuote", params: { line: 3 } });

    const json = (() => {
      try {
        new NdjsonScanner().push('{"a":1}\n[1]\n');
      } catch (e) {
        return e as JsonShapeError;
      }
      return null;
    })();
    expect(json?.message).toBe("Line 2 is a list, not an object; the file must hold one object per line");
    expect(() => new JsonArrayScanner().push("[1]", true)).toThrow("Line 1: item 1 of the array is a number; the file must be an array of objects, one per row");

    const limit = new ImportLimitError(limitMessage.xlsxRowPastEnd(1_048_577));
    expect(limit.message).toBe(
      "Row 1,048,577 of the sheet is past Excel's last row (1,048,576): the file is damaged or was not written by a spreadsheet. Open it in Excel and save it again, or export the data as CSV, and import that",
    );
    expect(importFileEnglish(limitMessage.rejectedCapped(4_900_000))).toBe(
      "4,900,000 more rejected rows were left out of the rejected-rows file (it keeps the first 100,000 rows or 32 MB); the problems above count them all",
    );
    expect(importFileEnglish(noKnownColumns("views", '"a"', "orders"))).toBe('None of the columns of this file is one factloop knows for views: "a". It looks like an orders file: import it as orders.');
    expect(importFileEnglish(missingColumns("orders", ["gmv"], '"order_id"', null))).toBe(
      'The file has no column for gmv, which every order needs. Its columns are "order_id". Map a column to each missing field, or add them.',
    );
    expect(importFileEnglish(previewMissing("views", ["content_id", "day"]))).toBe("No column gives content_id, day, which every views row needs: map a column to each.");
    expect(importFileEnglish(titleRowsSkipped(2, 3))).toBe("2 rows above the header (row 3) were skipped as a title");
    expect(importFileEnglish(unknownReference("order", 1))).toBe("1 row name an order that no orders file has named (yet); they count in Shelf (S)");
  });

  it("speak Chinese and Japanese on the page: a CSV syntax error has no English sentence left", () => {
    const m: Message = { code: "importCsv.unclosedQuote", params: { line: 3 } };
    expect(say("zh-CN", m)).toBe('第 3 行：这一行开始了一个带引号的值，但缺少结尾的引号（"），文件其余部分无法读取');
    expect(say("ja", m)).toBe('3 行目：この行で引用符付きの値が始まっていますが、閉じる引用符（"）がないため、ファイルの残りを読めません');
    chineseAndJapanese(m);
  });

  it("write figures each language's way on the page", () => {
    expect(say("zh-CN", limitMessage.rejectedCapped(4_900_000))).toContain("另有 4,900,000 行");
    expect(say("ja", unknownReference("account", 12345))).toBe("12,345 行が、どのアカウントファイルにも（まだ）ないアカウントを指しています");
  });

  it("are found again from the English of a report stored before they carried codes", () => {
    for (const m of [limitMessage.notAnyEncoding(1234), { code: "importFile.empty" }, unknownReference("campaign", 2), { code: "importCsv.unclosedQuote", params: { line: 3 } }]) {
      const back = importFileMessageOf(importFileEnglish(m));
      expect(back, m.code).not.toBeNull();
      expect(importFileEnglish(back!)).toBe(importFileEnglish(m));
      expect(say("zh-CN", back!)).toBe(say("zh-CN", m));
    }
  });
});

describe("a platform export's notes", () => {
  const notes: Message[] = [
    dateOrderNote({ by: "values", order: "day-first", example: "24/09/2026 10:00:00" })!,
    dateOrderNote({ by: "setting", order: "month-first", example: "03/04/2026" })!,
    dateOrderNote({ by: "conflict", order: "day-first", dayFirst: "24/09/2026", monthFirst: "09/24/2026" })!,
    exportNote("unpaid", 1, [], "source"),
    exportNote("unpaid", 1234, [], "source"),
    exportNote("liveWithoutAccount", 5, [], "source"),
    exportNote("liveWithoutAccount", 5, [], "alliance"),
    exportNote("channelNextDay", 2, [], "source"),
    exportNote("unknownChannel", 3, ["图文", "橱窗"], "source"),
    exportNote("datedByCreation", 1, [], "source"),
    exportNote("impressionsFromViews", 1, [], "source"),
    exportNote("handleNotFound", 2, ["anna_kol"], "source"),
    unknownAccountsWarning(4, ["1001", "1002"], 0, new Map([["1001", ["shop", "alliance"]]])),
    unknownAccountsWarning(1234, ["1001"], 12, new Map()),
    exportSummary("douyin-orders", 68, 9),
  ];

  it("keep the English the command line and JSON report have always printed", () => {
    expect(notes.map(exportEnglish)).toEqual([
      'Dates are read day first: "24/09/2026 10:00:00" can only be read that way.',
      'Every date of this file could be day first or month first (such as "03/04/2026"): they are read month first, as the shop\'s settings say.',
      'Dates of this file are written day first ("24/09/2026") and month first ("09/24/2026"): they are read day first, as the shop\'s settings say; check the rows.',
      "1 row were never paid (no payment time): stored as cancelled, at the time the order was placed, and not counted",
      "1,234 rows were never paid (no payment time): stored as cancelled, at the time the order was placed, and not counted",
      "5 rows sold in a live room name no 达人ID: they count in Field when 流量来源 says 小店自卖 (or nothing), in Alliance when it says 精选联盟, as the shop's settings say",
      "5 rows sold in a live room name no 达人ID: they count in Alliance, as the shop's settings say",
      '2 rows have 流量体裁 "数据将于第二天更新" (filled in the next day): stored without a channel; import tomorrow\'s export again to fill it',
      "3 rows have a 流量体裁 factloop does not know (图文, 橱窗): read as other",
      "The export has no payment time column: orders are dated when they were placed, and their status alone says whether they were paid",
      "The video list has no exposure column: each video's 视频观看次数 is used as its impressions too",
      "2 rows name a 抖音号 that no accounts file gives (anna_kol): the 抖音号 is used as the account; add it as the handle of the account in an accounts file so orders and sessions meet",
      "4 rows name a 达人ID that no accounts file names: 1001 (小店自卖, 精选联盟), 1002. They count in Alliance until an accounts file names them (kind self for the shop's own accounts, those selling 小店自卖; creator otherwise)",
      "1,234 rows name a 达人ID that no accounts file names: 1001 and 12 more. They count in Alliance until an accounts file names them (kind self for the shop's own accounts, those selling 小店自卖; creator otherwise)",
      "抖店 order export (68 columns, 9 used)",
    ]);
  });

  it("read in Chinese and Japanese with no English sentence, the platform's column names kept", () => {
    for (const m of notes) chineseAndJapanese(m);
    expect(say("zh-CN", notes[5])).toBe("5 行在直播间成交但没有 达人ID：按店铺设置，流量来源 为 小店自卖（或为空）时计入自播，为 精选联盟 时计入达人矩阵");
    expect(say("ja", notes[6])).toBe("ライブ配信で売れたのに 达人ID がない行が 5 行あります。ショップの設定どおり、達人マトリクスに計上します");
    expect(say("zh-CN", notes[4])).toContain("1,234 行从未付款");
    expect(say("zh-CN", notes[13])).toContain("1001 等，另有 12 个");
    expect(say("zh-CN", notes[14])).toBe("抖店订单导出（68 列，使用 9 列）");
    expect(say("ja", dateOrderChoice("03/04/2026"))).toBe("「03/04/2026」のような日付の読み方");
  });

  it("rebuild a stored report's summary from its English", () => {
    expect(exportSummaryOf({ id: "compass-live", summary: "Compass live-session list (12 columns, 7 used)" })).toEqual(exportSummary("compass-live", 12, 7));
  });
});
