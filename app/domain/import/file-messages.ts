// What an import says about a whole file, as messages with [en, zh-CN, ja] texts: a file the
// readers cannot open, a header that does not fit the kind, and the report's warnings. The
// tokenizers' and limits' own messages sit beside them (csv.ts, json-stream.ts, limits.ts,
// exports/messages.ts); `importFileEnglish` renders any of them, and a nested row noun, in the
// canonical English the command line and the JSON report print. Pages translate the same code.
import { importPage } from "../../i18n/messages/import-page";
import { english, messageFromEnglish, type Message, type MessageParams, type TripleTree } from "../message";
import { csvMessages } from "./csv";
import { exportMessages } from "./exports/messages";
import { jsonMessages } from "./json-stream";
import type { ImportKind } from "./kinds";
import { limitTriples } from "./limits";
import { importMessages, nounOf } from "./messages";

export const importFileMessages = {
  importFile: {
    empty: ["The file is empty (0 bytes): there is nothing to import", "文件为空（0 字节）：没有可导入的内容", "ファイルが空です（0 バイト）。インポートするものがありません"],
    noHeader: ["The file has no header row: it holds no text at all", "文件没有表头行：里面没有任何文字", "ファイルに見出し行がありません。テキストがまったくありません"],
    notUtf8: [
      'Line {{line}}: the file is read as UTF-8, but from this line on it holds bytes that are not UTF-8 (they look like GBK/GB18030, as Excel writes in China). Save the whole file in one encoding — "CSV UTF-8" in Excel — and import it again',
      "第 {{line}} 行：文件按 UTF-8 读取，但从这一行起含有不是 UTF-8 的字节（看起来是中文版 Excel 写出的 GBK/GB18030）。请把整个文件存为同一种编码（Excel 中的“CSV UTF-8”）后重新导入",
      "{{line}} 行目：ファイルを UTF-8 として読みましたが、この行から先に UTF-8 ではないバイトがあります（中国版 Excel が書く GBK/GB18030 のようです）。ファイル全体を1つの文字コード（Excel の「CSV UTF-8」）で保存し直し、もう一度インポートしてください",
    ],
    xls: [
      "Old Excel files (.xls) cannot be read: save the sheet as .xlsx or as CSV",
      "无法读取旧版 Excel 文件（.xls）：请把工作表另存为 .xlsx 或 CSV",
      "古い Excel ファイル（.xls）は読めません。シートを .xlsx か CSV で保存してください",
    ],
    noSheet: ["The workbook has no sheet", "工作簿中没有工作表", "ブックにシートがありません"],
    emptySheet: ["The first sheet of the workbook is empty: there is no header row", "工作簿的第一张工作表为空：没有表头行", "ブックの最初のシートが空です。見出し行がありません"],
    notXlsx: ["The file is not a readable XLSX workbook ({{error}})", "文件不是可读取的 XLSX 工作簿（{{error}}）", "ファイルは読み取れる XLSX ブックではありません（{{error}}）"],
    notToEnd: ["The workbook could not be read to the end ({{error}})", "工作簿没能读完（{{error}}）", "ブックを最後まで読めませんでした（{{error}}）"],
    titleRows_one: ["1 row above the header (row {{row}}) was skipped as a title", "表头（第 {{row}} 行）上方的 1 行作为标题跳过", "見出し（{{row}} 行目）より上の 1 行はタイトルとして飛ばしました"],
    titleRows_other: [
      "{{count}} rows above the header (row {{row}}) were skipped as a title",
      "表头（第 {{row}} 行）上方的 {{count}} 行作为标题跳过",
      "見出し（{{row}} 行目）より上の {{count}} 行はタイトルとして飛ばしました",
    ],
    tooLarge: [
      "The file is {{size}} GB; files up to 1 GB can be imported. Split it (for example by month) and import the parts",
      "文件大小为 {{size}} GB；最多可导入 1 GB 的文件。请拆分（例如按月）后分别导入",
      "ファイルは {{size}} GB です。インポートできるのは 1 GB までです。分割して（例：月ごと）それぞれインポートしてください",
    ],
    noKnownColumns: [
      "None of the columns of this file is one factloop knows for {{kind}}: {{shown}}.{{hint}}",
      "这个文件的列中没有 factloop 认识的{{kind}}列：{{shown}}。{{hint}}",
      "このファイルの列に、factloop が{{kind}}として知っている列がありません：{{shown}}。{{hint}}",
    ],
    missingColumns: [
      "The file has no column for {{list}}, which every {{noun}} needs. Its columns are {{shown}}.{{hint}}",
      "文件中没有 {{list}} 的列，而每个{{noun}}都需要它。文件的列为 {{shown}}。{{hint}}",
      "ファイルに {{list}} の列がありません。{{noun}}にはどれも必要です。ファイルの列は {{shown}} です。{{hint}}",
    ],
    looksLike: [" It looks like {{aKind}} file: import it as {{kind}}.", "它看起来是{{kind}}文件：请按{{kind}}导入。", "{{kind}}ファイルのようです。{{kind}}としてインポートしてください。"],
    renameHint: [
      " Rename them to the contract's names, or map each to a field (on the import page, or with --mapping).",
      "请把它们改成标准列名，或把每一列映射到一个字段（在导入页面，或用 --mapping）。",
      "列名を標準の名前に変えるか、各列を項目に対応付けてください（インポート画面で、または --mapping で）。",
    ],
    mapHint: [" Map a column to each missing field, or add them.", "请为每个缺少的字段映射一列，或补上这些列。", "足りない項目それぞれに列を対応付けるか、列を追加してください。"],
    // "an orders file": the kind with its English article
    aKind: {
      accounts: ["an accounts", "账号", "アカウント"],
      campaigns: ["a campaigns", "活动", "キャンペーン"],
      views: ["a views", "浏览", "閲覧"],
      orders: ["an orders", "订单", "注文"],
      reviews: ["a reviews", "评价", "レビュー"],
    },
    noDataRows: [
      "The file has a header row but no data rows: there is nothing to import",
      "文件有表头行，但没有数据行：没有可导入的内容",
      "ファイルに見出し行はありますが、データ行がありません。インポートするものがありません",
    ],
    everyRowBad: ["Every row of the file has a problem: nothing was imported", "文件的每一行都有问题：未导入任何内容", "ファイルのすべての行に問題があります。何もインポートしていません"],
    interrupted: [
      "The import was interrupted (the program stopped before it finished); nothing of this file was stored",
      "导入被中断（程序在完成前停止了）；此文件的内容都未保存",
      "インポートが中断されました（完了前にプログラムが止まりました）。このファイルは何も保存されていません",
    ],
    // the preview's problems
    previewUnknown: [
      "No column of this file is one factloop knows: choose what kind of file it is, then map its columns.",
      "这个文件没有 factloop 认识的列：请选择文件类型，再映射它的列。",
      "このファイルには factloop が知っている列がありません。ファイルの種類を選んでから、列を対応付けてください。",
    ],
    previewMissing_one: [
      "No column gives {{list}}, which every {{noun}} needs: map a column to it.",
      "没有列提供 {{list}}，而每个{{noun}}都需要它：请为它映射一列。",
      "{{list}} を持つ列がありません。{{noun}}にはどれも必要です。列を対応付けてください。",
    ],
    previewMissing_other: [
      "No column gives {{list}}, which every {{noun}} needs: map a column to each.",
      "没有列提供 {{list}}，而每个{{noun}}都需要它们：请为每个字段各映射一列。",
      "{{list}} を持つ列がありません。{{noun}}にはどれも必要です。それぞれに列を対応付けてください。",
    ],
    // the report's warnings
    unknownColumns: ["Columns that no field takes were ignored", "没有字段使用的列已忽略", "どの項目にも使われない列は無視しました"],
    duplicateColumn: [
      'Column "{{header}}" was ignored: "{{kept}}" already gives {{field}}',
      "“{{header}}”列已忽略：“{{kept}}”已经提供了 {{field}}",
      "列「{{header}}」は無視しました。「{{kept}}」がすでに {{field}} を持っています",
    ],
    unknownReference: {
      account_one: [
        "{{count, number}} row name an account that no accounts file has named (yet)",
        "{{count, number}} 行引用的账号（暂时）不在任何账号文件中",
        "{{count, number}} 行が、どのアカウントファイルにも（まだ）ないアカウントを指しています",
      ],
      account_other: [
        "{{count, number}} rows name an account that no accounts file has named (yet)",
        "{{count, number}} 行引用的账号（暂时）不在任何账号文件中",
        "{{count, number}} 行が、どのアカウントファイルにも（まだ）ないアカウントを指しています",
      ],
      campaign_one: [
        "{{count, number}} row name a campaign that no campaigns file has named (yet)",
        "{{count, number}} 行引用的活动（暂时）不在任何活动文件中",
        "{{count, number}} 行が、どのキャンペーンファイルにも（まだ）ないキャンペーンを指しています",
      ],
      campaign_other: [
        "{{count, number}} rows name a campaign that no campaigns file has named (yet)",
        "{{count, number}} 行引用的活动（暂时）不在任何活动文件中",
        "{{count, number}} 行が、どのキャンペーンファイルにも（まだ）ないキャンペーンを指しています",
      ],
      content_one: [
        "{{count, number}} row name content that no views file has named (yet)",
        "{{count, number}} 行引用的内容（暂时）不在任何浏览文件中",
        "{{count, number}} 行が、どの閲覧ファイルにも（まだ）ないコンテンツを指しています",
      ],
      content_other: [
        "{{count, number}} rows name content that no views file has named (yet)",
        "{{count, number}} 行引用的内容（暂时）不在任何浏览文件中",
        "{{count, number}} 行が、どの閲覧ファイルにも（まだ）ないコンテンツを指しています",
      ],
      order_one: [
        "{{count, number}} row name an order that no orders file has named (yet); they count in Shelf (S)",
        "{{count, number}} 行引用的订单（暂时）不在任何订单文件中；这些行计入货架（S）",
        "{{count, number}} 行が、どの注文ファイルにも（まだ）ない注文を指しています。これらは棚（S）に計上します",
      ],
      order_other: [
        "{{count, number}} rows name an order that no orders file has named (yet); they count in Shelf (S)",
        "{{count, number}} 行引用的订单（暂时）不在任何订单文件中；这些行计入货架（S）",
        "{{count, number}} 行が、どの注文ファイルにも（まだ）ない注文を指しています。これらは棚（S）に計上します",
      ],
    },
  },
} as const satisfies TripleTree;

/** Every tree a file-level import message (or a message nested in one) comes from. */
export const IMPORT_FILE_TREES: TripleTree = {
  ...importFileMessages,
  ...csvMessages,
  ...jsonMessages,
  ...limitTriples,
  ...exportMessages,
  ...importMessages,
  ...importPage,
};

export function fileMessage(key: string, params?: MessageParams): Message {
  return params ? { code: `importFile.${key}`, params } : { code: `importFile.${key}` };
}

/** The canonical English of a file-level import message (command line, JSON report). */
export function importFileEnglish(m: Message): string {
  return english(IMPORT_FILE_TREES, m);
}

/** The kind of a file as the page names it ("orders", 订单). */
export function kindMessage(kind: ImportKind): Message {
  return { code: `importPage.kind.${kind}` };
}

/** A header row that fits no known column of the kind; `other` is the kind its columns suggest instead. */
export function noKnownColumns(kind: ImportKind, shown: string, other: ImportKind | null): Message {
  return fileMessage("noKnownColumns", { kind: kindMessage(kind), shown, hint: other ? looksLike(other) : fileMessage("renameHint") });
}

/** A header row that lacks columns every row of the kind needs. */
export function missingColumns(kind: ImportKind, missing: readonly string[], shown: string, other: ImportKind | null): Message {
  return fileMessage("missingColumns", { list: missing.join(", "), noun: nounOf(kind), shown, hint: other ? looksLike(other) : fileMessage("mapHint") });
}

function looksLike(kind: ImportKind): Message {
  return fileMessage("looksLike", { aKind: fileMessage(`aKind.${kind}`), kind: kindMessage(kind) });
}

/** The preview's problem when columns every row needs have no column. */
export function previewMissing(kind: ImportKind, missing: readonly string[]): Message {
  return fileMessage("previewMissing", { count: missing.length, list: missing.join(", "), noun: nounOf(kind) });
}

/** Rows naming what no file of its kind has named: `what` is the reference's column. */
export function unknownReference(what: "account" | "campaign" | "content" | "order", count: number): Message {
  return fileMessage(`unknownReference.${what}`, { count });
}

/** The XLSX reader's note on title rows above the header. */
export function titleRowsSkipped(count: number, row: number): Message {
  return fileMessage("titleRows", { count, row });
}

const ROOTS = ["importFile", "importCsv", "importJson", "importLimit", "importExport"] as const;

/**
 * A file-level message back from its English, for reports stored before their messages carried
 * a code: null when no template makes it. Nested messages come back as their English text.
 */
export function importFileMessageOf(text: string): Message | null {
  for (const root of ROOTS) {
    const m = messageFromEnglish(IMPORT_FILE_TREES, root, text);
    if (m) return m;
  }
  return null;
}
