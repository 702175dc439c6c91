// What an import says about a row or a cell, as message codes with [en, zh-CN, ja] texts. The
// command line, the JSON report and the rejected-rows CSV carry the English (`importEnglish`),
// which is the canonical text; the import pages translate the same code and parameters. The
// parsers' problem sentences ("is not a whole number") are read from here too, so each message
// is written once.
import { english, englishTemplate, type Message, type MessageParams, type TripleTree } from "../message";
import type { ImportKind } from "./kinds";

export const importMessages = {
  importRow: {
    cell: ['Line {{line}}, column "{{column}}": {{value}} {{problem}}', "第 {{line}} 行，“{{column}}”列：{{value}} {{problem}}", "{{line}} 行目、列「{{column}}」：{{value}} {{problem}}"],
    empty: [
      'Line {{line}}, column "{{column}}" is empty, but every {{noun}} needs a {{field}}',
      "第 {{line}} 行，“{{column}}”列为空，但每个{{noun}}都需要 {{field}}",
      "{{line}} 行目、列「{{column}}」が空です。{{noun}}には {{field}} が必要です",
    ],
    tooLong: [
      'Line {{line}}, column "{{column}}": the value is {{length}} characters long; at most {{max}} are accepted',
      "第 {{line}} 行，“{{column}}”列：值长 {{length}} 个字符，最多接受 {{max}} 个",
      "{{line}} 行目、列「{{column}}」：値が {{length}} 文字あります。受け付けるのは {{max}} 文字までです",
    ],
    ragged_one: [
      "Line {{line}} has {{count}} value, but the header has {{width}} columns",
      "第 {{line}} 行有 {{count}} 个值，但表头有 {{width}} 列",
      "{{line}} 行目の値は {{count}} 個ですが、見出しは {{width}} 列です",
    ],
    ragged_other: [
      "Line {{line}} has {{count}} values, but the header has {{width}} columns",
      "第 {{line}} 行有 {{count}} 个值，但表头有 {{width}} 列",
      "{{line}} 行目の値は {{count}} 個ですが、見出しは {{width}} 列です",
    ],
    duplicate: [
      "Line {{line}}: {{key}} appears more than once in this file; each {{noun}} may be given once",
      "第 {{line}} 行：{{key}} 在本文件中出现了不止一次；每个{{noun}}只能出现一次",
      "{{line}} 行目：{{key}} がこのファイルに複数回あります。{{noun}}は1回だけ指定できます",
    ],
    keyOf: ["{{field}} {{value}}", "{{field}} {{value}}", "{{field}} {{value}}"],
    viewsKey: ["content_id {{value}} on {{day}}", "{{day}} 的 content_id {{value}}", "{{day}} の content_id {{value}}"],
    noun: {
      accounts: ["account", "账号", "アカウント"],
      campaigns: ["campaign", "活动", "キャンペーン"],
      views: ["views row", "浏览记录", "閲覧行"],
      orders: ["order", "订单", "注文"],
      reviews: ["review", "评价", "レビュー"],
    },
    problem: {
      countNegative: ["is negative; counts are 0 or more", "是负数；计数必须为 0 或以上", "が負の数です。件数は0以上です"],
      notWhole: ["is not a whole number", "不是整数", "が整数ではありません"],
      notCount: ["is not a count (a whole number such as 1200 or 1,200)", "不是计数（应为整数，例如 1200 或 1,200）", "が件数ではありません（1200 や 1,200 のような整数）"],
      tooLarge: ["is too large", "太大", "が大きすぎます"],
      notRate: ["is not a rate (for example 0.2 or 20%)", "不是比率（例如 0.2 或 20%）", "が比率ではありません（例：0.2 または 20%）"],
      rateRange: ["is not between 0 and 1 (for example 0.2 or 20%)", "不在 0 到 1 之间（例如 0.2 或 20%）", "が0から1の間にありません（例：0.2 または 20%）"],
      notRating: ["is not a rating from 1 to 5", "不是 1 到 5 的评分", "が1〜5の評価ではありません"],
      notBool: ["is not yes or no (true/false, 1/0, yes/no or 是/否)", "不是“是”或“否”（true/false、1/0、yes/no 或 是/否）", "がはい／いいえではありません（true/false、1/0、yes/no、是/否）"],
      notOneOf: ["is not one of {{allowed}}", "不是 {{allowed}} 之一", "が {{allowed}} のいずれでもありません"],
      notOneOfOr: ["is not one of {{allowed}} (or {{aliases}})", "不是 {{allowed}} 之一（或 {{aliases}}）", "が {{allowed}}（または {{aliases}}）のいずれでもありません"],
      empty: ["is empty", "为空", "が空です"],
      moneyNegative: ["is negative; amounts must be 0 or more", "是负数；金额必须为 0 或以上", "が負の数です。金額は0以上です"],
      decimals: ["has more than two decimals", "小数超过两位", "の小数が2桁を超えています"],
      notMoney: ["is not an amount of money (for example 1234.50 or 1,234.50)", "不是金额（例如 1234.50 或 1,234.50）", "が金額ではありません（例：1234.50 または 1,234.50）"],
      notRealDate: ["is not a real calendar date", "不是真实存在的日期", "が実在する日付ではありません"],
      notRealTime: ["is not a real time of day", "不是真实存在的时间", "が実在する時刻ではありません"],
      notDateTime: ["is not a date and time (for example 2024-06-18 20:15:00)", "不是日期时间（例如 2024-06-18 20:15:00）", "が日時ではありません（例：2024-06-18 20:15:00）"],
      notDate: ["is not a date (for example 2024-06-18)", "不是日期（例如 2024-06-18）", "が日付ではありません（例：2024-06-18）"],
      beforeStart: ["is before the campaign starts ({{start}})", "早于活动开始（{{start}}）", "がキャンペーン開始（{{start}}）より前です"],
      controlCharacter: [
        "holds a control character ({{what}}); ids are text you can see: remove it from the cell (it often comes from a broken export or copy-paste)",
        "含有控制字符（{{what}}）；ID 必须是可见文字：请从单元格中删除它（通常来自损坏的导出或复制粘贴）",
        "に制御文字（{{what}}）があります。ID は目に見える文字です。セルから削除してください（壊れたエクスポートやコピー＆ペーストが原因のことが多い）",
      ],
    },
  },
} as const satisfies TripleTree;

type ProblemKey = keyof typeof importMessages.importRow.problem;

export function importMessage(key: string, params?: MessageParams): Message {
  return params ? { code: `importRow.${key}`, params } : { code: `importRow.${key}` };
}

/** The canonical English of an import message. */
export function importEnglish(m: Message): string {
  return english(importMessages, m);
}

/** A parser's problem sentence ("is not a whole number"), in English, from its triple. */
export function problem(key: ProblemKey, params?: MessageParams): string {
  return importEnglish(importMessage(`problem.${key}`, params));
}

/** The row noun of a kind, as a message ("order", 订单). */
export function nounOf(kind: ImportKind): Message {
  return importMessage(`noun.${kind}`);
}

/**
 * A problem sentence back to its code: parsers return English sentences (their Parsed type is
 * shared with forms), so the cell message finds the code of the sentence it was given; a
 * sentence no template makes stays as it is.
 */
export function problemMessage(text: string): Message | string {
  const known = FIXED_PROBLEMS.get(text) ?? SEEN_PROBLEMS.get(text);
  if (known) return known;
  for (const [key, triple] of PROBLEM_PATTERNS) {
    const m = triple.exec(text);
    if (m) {
      const found = importMessage(`problem.${key}`, m.groups ? { ...m.groups } : undefined);
      // a file repeats the same few sentences (one enum's list) for every bad row
      if (SEEN_PROBLEMS.size > 1000) SEEN_PROBLEMS.clear();
      SEEN_PROBLEMS.set(text, found);
      return found;
    }
  }
  return text;
}

const SEEN_PROBLEMS = new Map<string, Message>();

/** Sentences without parameters, by their English: a map lookup on the import's hot error path. */
const FIXED_PROBLEMS = new Map<string, Message>(
  Object.entries(importMessages.importRow.problem)
    .filter(([, triple]) => !triple[0].includes("{{"))
    .map(([key, triple]) => [triple[0], importMessage(`problem.${key}`)]),
);

const PROBLEM_PATTERNS: [string, RegExp][] = Object.entries(importMessages.importRow.problem)
  .filter(([, triple]) => triple[0].includes("{{"))
  // the longer template first: "is not one of a (or b)" before "is not one of a"
  .sort((a, b) => b[1][0].length - a[1][0].length)
  .map(([key, triple]) => {
    const source = triple[0].replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\\\{\\\{(\w+)\\\}\\\}/g, "(?<$1>.+?)");
    return [key, new RegExp(`^${source}$`)];
  });

/** A line with more or fewer values than the header has columns. */
export function raggedMessage(line: number, count: number, width: number): Message {
  return importMessage("ragged", { line, count, width });
}

/** A row whose key came earlier in the same file: `keyText` from `duplicateKeyOf`. */
export function duplicateMessage(kind: ImportKind, line: number, key: Message): Message {
  return importMessage("duplicate", { line, key, noun: nounOf(kind) });
}

/** How a duplicate names its key: `order_id "A1"`, or `content_id "v9" on 2026-06-01` for views. */
export function duplicateKeyOf(kind: ImportKind, field: string, quotedKey: string, day?: string): Message {
  return kind === "views" ? importMessage("viewsKey", { value: quotedKey, day: day ?? "" }) : importMessage("keyOf", { field, value: quotedKey });
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const templateRe = (en: string) => new RegExp(`^${escapeRe(en).replace(/\\\{\\\{(\w+)\\\}\\\}/g, "(?<$1>.+?)")}$`);

const NOUNS = Object.entries(importMessages.importRow.noun).map(([kind, triple]) => [kind, triple[0]] as const);

function nounBack(text: string): Message | null {
  const hit = NOUNS.find(([, en]) => en === text);
  return hit ? importMessage(`noun.${hit[0]}`) : null;
}

function keyBack(text: string): Message | null {
  const views = templateRe(importMessages.importRow.viewsKey[0]).exec(text);
  if (views?.groups) return importMessage("viewsKey", { ...views.groups });
  const other = /^(?<field>\S+) (?<value>".*")$/.exec(text);
  return other?.groups ? importMessage("keyOf", { ...other.groups }) : null;
}

/** A cell's `"value" problem`: the problem is the longest suffix a problem template makes. */
function valueAndProblem(text: string): { value: string; problem: Message } | null {
  for (let i = text.indexOf(" "); i > 0; i = text.indexOf(" ", i + 1)) {
    const p = problemMessage(text.slice(i + 1));
    if (typeof p !== "string") return { value: text.slice(0, i), problem: p };
  }
  return null;
}

/**
 * The code of an import message from its English, for reports stored before messages carried
 * their code (and as a check that every English sentence comes from a template): null when no
 * template makes it.
 */
export function importMessageOf(text: string): Message | null {
  const cell = /^Line (?<line>\d[\d,]*), column "(?<column>.*?)": (?<rest>.+)$/.exec(text);
  if (cell?.groups) {
    const vp = valueAndProblem(cell.groups.rest);
    const tooLong = templateRe(importMessages.importRow.tooLong[0]).exec(text);
    if (tooLong?.groups) return importMessage("tooLong", { ...tooLong.groups });
    if (vp) return importMessage("cell", { line: cell.groups.line, column: cell.groups.column, value: vp.value, problem: vp.problem });
  }
  const empty = templateRe(importMessages.importRow.empty[0]).exec(text);
  if (empty?.groups) {
    const noun = nounBack(empty.groups.noun);
    if (noun) return importMessage("empty", { ...empty.groups, noun });
  }
  for (const key of ["ragged_one", "ragged_other"] as const) {
    const m = templateRe(importMessages.importRow[key][0]).exec(text);
    if (m?.groups) return importMessage("ragged", { line: m.groups.line, count: Number(m.groups.count), width: m.groups.width });
  }
  const dup = templateRe(importMessages.importRow.duplicate[0]).exec(text);
  if (dup?.groups) {
    const noun = nounBack(dup.groups.noun);
    const key = keyBack(dup.groups.key);
    if (noun && key) return importMessage("duplicate", { line: dup.groups.line, key, noun });
  }
  return null;
}

/** The English of the cell messages, compiled once: the import writes one for every bad cell. */
export const CELL_ENGLISH = {
  cell: englishTemplate(importMessages, "importRow.cell"),
  empty: englishTemplate(importMessages, "importRow.empty"),
  tooLong: englishTemplate(importMessages, "importRow.tooLong"),
  noun: Object.fromEntries(Object.entries(importMessages.importRow.noun).map(([k, t]) => [k, t[0]])) as Record<ImportKind, string>,
};
