// Header and value aliases: the contract's English names and the Chinese names Douyin shop
// exports write, matched case-insensitively after trimming.
import { importPage } from "../../i18n/messages/import-page";
import { english, type Message, type TripleTree } from "../message";
import { IMPORT_KINDS, KIND_FIELDS, fieldNames, requiredFields, type ImportKind } from "./kinds";

/**
 * Aliases per kind and field, best first: when two headers of one file name the same field
 * (订单编号 and 子订单编号), the one earlier in this list wins, since a row is one sub-order.
 */
const HEADER_ALIASES: Record<ImportKind, Record<string, readonly string[]>> = {
  accounts: {
    account_id: ["达人ID", "作者ID", "账号ID", "达人UID"],
    name: ["达人昵称", "账号名称", "达人名称", "昵称", "名称"],
    kind: ["账号类型", "合作类型", "类型"],
    followers: ["粉丝数", "粉丝量", "粉丝"],
    category: ["主营类目", "类目"],
    commission_rate: ["佣金率", "佣金比例"],
    handle: ["抖音号", "达人抖音号", "主播抖音号"],
    live_fee: ["坑位费", "直播坑位费"],
    video_fee: ["视频报价", "短视频报价"],
    sample_cost: ["样品成本"],
  },
  campaigns: {
    campaign_id: ["活动ID", "活动编号"],
    name: ["活动名称", "名称"],
    starts_at: ["开始时间", "活动开始时间", "开始日期"],
    ends_at: ["结束时间", "活动结束时间", "结束日期"],
    kind: ["活动类型", "类型"],
    budget: ["预算", "活动预算"],
  },
  views: {
    date: ["日期", "统计日期", "day"],
    content_id: ["内容ID", "直播间ID", "视频ID", "作品ID"],
    account_id: ["达人ID", "作者ID", "账号ID"],
    content_type: ["内容类型", "体裁", "内容形式"],
    campaign_id: ["活动ID"],
    impressions: ["曝光次数", "曝光量", "展现量", "曝光人数"],
    views: ["观看次数", "播放量", "观看量"],
    watch_seconds: ["观看时长(秒)", "观看时长（秒）", "播放时长(秒)", "观看时长"],
    likes: ["点赞数", "点赞次数"],
    comments: ["评论数", "评论次数"],
    shares: ["分享数", "分享次数"],
    follows: ["新增粉丝数", "涨粉数", "关注数"],
    product_clicks: ["商品点击次数", "商品点击数", "商品点击"],
    cart_adds: ["加购次数", "加购数"],
    live_seconds: ["直播时长(秒)", "直播时长（秒）", "直播时长"],
  },
  orders: {
    order_id: ["子订单编号", "订单编号", "订单号", "订单ID"],
    paid_at: ["支付时间", "付款时间", "支付完成时间"],
    gmv: ["订单应付金额", "实付金额", "支付金额", "成交金额"],
    quantity: ["商品数量", "购买数量", "数量"],
    sku_id: ["商品ID", "商品编号", "sku"],
    product_name: ["商品名称", "商品标题", "选购商品"],
    channel: ["流量来源", "渠道", "流量渠道"],
    content_id: ["直播间ID", "内容ID", "视频ID", "作品ID"],
    account_id: ["达人ID", "作者ID", "账号ID"],
    campaign_id: ["活动ID", "活动编号"],
    refund_amount: ["退款金额", "售后退款金额"],
    buyer_id: ["买家ID", "用户ID"],
    status: ["订单状态"],
    main_order_id: ["主订单编号", "主订单号"],
    sales_source: ["销售来源"],
  },
  reviews: {
    review_id: ["评价ID", "评价编号"],
    created_at: ["评价时间", "评价日期"],
    rating: ["评分", "商品评分", "星级"],
    order_id: ["子订单编号", "订单编号", "订单号", "订单ID"],
    sku_id: ["商品ID", "商品编号"],
    has_media: ["是否有图", "有图", "带图", "是否带图"],
    text: ["评价内容", "评价"],
    buyer_id: ["买家ID", "用户ID"],
  },
};

/** Trimmed, BOM removed, lower-case; spaces and dashes read as underscores ("Order ID" = order_id). */
export function normalizeHeader(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

type AliasIndex = Map<string, { field: string; rank: number }>;
const aliasIndexes = new Map<ImportKind, AliasIndex>();

function aliasIndex(kind: ImportKind): AliasIndex {
  let index = aliasIndexes.get(kind);
  if (index) return index;
  index = new Map();
  for (const field of fieldNames(kind)) index.set(normalizeHeader(field), { field, rank: 0 });
  for (const [field, aliases] of Object.entries(HEADER_ALIASES[kind])) {
    aliases.forEach((alias, i) => {
      const key = normalizeHeader(alias);
      if (!index!.has(key)) index!.set(key, { field, rank: i + 1 });
    });
  }
  aliasIndexes.set(kind, index);
  return index;
}

/** The field a header names for a kind through the built-in aliases, if any. */
export function fieldForHeader(kind: ImportKind, header: string): string | undefined {
  return aliasIndex(kind).get(normalizeHeader(header))?.field;
}

/** The aliases of a field, for documentation and the mapping editor. */
export function aliasesOf(kind: ImportKind, field: string): readonly string[] {
  return HEADER_ALIASES[kind][field] ?? [];
}

export interface HeaderMatch {
  /** for each column of the file, the field it fills, or null when it is ignored */
  columns: (string | null)[];
  /** field → index of the column that fills it */
  fieldColumn: Map<string, number>;
  /** headers that no alias or mapping knows */
  unknown: string[];
  /** headers that name a field another column already fills */
  duplicates: { header: string; field: string; kept: string }[];
  /** required fields no column fills */
  missing: string[];
}

/**
 * Matches a file's headers to a kind's fields: an explicit mapping first (saved by the merchant or
 * given for this import; a mapping to "" ignores the column), then the built-in aliases.
 */
export function matchHeaders(kind: ImportKind, headers: readonly string[], mapping: Record<string, string> = {}): HeaderMatch {
  const index = aliasIndex(kind);
  const known = new Set(fieldNames(kind));
  const explicit = new Map<string, string>();
  for (const [header, field] of Object.entries(mapping)) explicit.set(normalizeHeader(header), field);

  const best = new Map<string, { column: number; rank: number }>();
  const columns: (string | null)[] = headers.map(() => null);
  const unknown: string[] = [];
  const candidates: { column: number; field: string; rank: number }[] = [];
  headers.forEach((header, column) => {
    const norm = normalizeHeader(header);
    if (norm === "") return;
    if (explicit.has(norm)) {
      const field = explicit.get(norm)!;
      if (field !== "" && known.has(field)) candidates.push({ column, field, rank: -1 });
      return;
    }
    const hit = index.get(norm);
    if (hit) candidates.push({ column, field: hit.field, rank: hit.rank });
    else unknown.push(header.trim());
  });
  for (const c of candidates) {
    const current = best.get(c.field);
    if (!current || c.rank < current.rank) best.set(c.field, { column: c.column, rank: c.rank });
  }
  const duplicates: HeaderMatch["duplicates"] = [];
  const fieldColumn = new Map<string, number>();
  for (const [field, { column }] of best) {
    columns[column] = field;
    fieldColumn.set(field, column);
  }
  for (const c of candidates) {
    if (best.get(c.field)!.column !== c.column) {
      duplicates.push({ header: headers[c.column].trim(), field: c.field, kept: headers[best.get(c.field)!.column].trim() });
    }
  }
  const missing = requiredFields(kind).filter((f) => !fieldColumn.has(f));
  return { columns, fieldColumn, unknown, duplicates, missing };
}

export interface KindSuggestion {
  kind: ImportKind;
  /** columns the kind recognises */
  matched: number;
  /** every required field is there */
  complete: boolean;
}

/**
 * The kind a file most likely is, from its headers: a kind whose required columns are all there
 * beats one that is not; then the one that recognises more columns; then the one whose key is
 * there (a reviews file has order_id too, but only reviews have review_id).
 */
export function suggestKind(headers: readonly string[], mapping: Record<string, string> = {}): KindSuggestion | null {
  let best: (KindSuggestion & { score: number }) | null = null;
  for (const kind of IMPORT_KINDS) {
    const m = matchHeaders(kind, headers, mapping);
    const matched = m.fieldColumn.size;
    if (matched === 0) continue;
    const complete = m.missing.length === 0;
    const requiredThere = requiredFields(kind).length - m.missing.length;
    const score = (complete ? 1000 : 0) + requiredThere * 10 + matched / KIND_FIELDS[kind].length;
    if (!best || score > best.score) best = { kind, matched, complete, score };
  }
  return best ? { kind: best.kind, matched: best.matched, complete: best.complete } : null;
}

// ---- enumerated values ----

const VALUE_ALIASES: Record<string, string> = {
  直播: "live",
  短视频: "video",
  视频: "video",
  图文: "image",
  商城: "mall",
  搜索: "search",
  其他: "other",
  其它: "other",
  自播: "self",
  自营: "self",
  达人: "creator",
  已支付: "paid",
  已付款: "paid",
  已退款: "refunded",
  已取消: "cancelled",
  canceled: "cancelled",
  平台: "platform",
  平台活动: "platform",
  品牌: "brand",
  品牌活动: "brand",
  秒杀: "flash",
  限时秒杀: "flash",
  用户内容: "ugc",
  // 流量来源 in shop exports: a creator's live room, the product card
  达人直播: "live",
  直播间: "live",
  商品卡: "mall",
  小店自卖: "shop",
  自主经营: "shop",
  精选联盟: "alliance",
  联盟: "alliance",
};

/** The canonical value of an enumerated cell, or undefined when it is not one of `allowed`. */
export function enumValue(raw: string, allowed: readonly string[]): string | undefined {
  if (allowed.includes(raw)) return raw;
  const s = raw.trim().toLowerCase();
  const v = Object.hasOwn(VALUE_ALIASES, s) ? VALUE_ALIASES[s] : s;
  return allowed.includes(v) ? v : undefined;
}

/** The Chinese aliases that name one of `allowed`, for error messages. */
export function enumAliases(allowed: readonly string[]): string[] {
  return Object.entries(VALUE_ALIASES)
    .filter(([alias, v]) => allowed.includes(v) && /[^\x00-\x7f]/.test(alias))
    .map(([alias]) => alias);
}

const TRUE_VALUES = new Set(["true", "1", "yes", "y", "是", "有"]);
const FALSE_VALUES = new Set(["false", "0", "no", "n", "否", "无", ""]);

/** true/false, 1/0, yes/no, 是/否; undefined when the cell is none of these. */
export function boolValue(raw: string): boolean | undefined {
  const s = raw.trim().toLowerCase();
  if (TRUE_VALUES.has(s)) return true;
  if (FALSE_VALUES.has(s)) return false;
  return undefined;
}

/** What a header → field mapping can get wrong, as [en, zh-CN, ja] texts (the page, the command line's --mapping). */
export const mappingMessages = {
  importMapping: {
    notText: [
      '"{{header}}" must map to a field name (text), not {{value}}',
      "“{{header}}”必须映射到一个字段名（文本），而不是 {{value}}",
      "「{{header}}」は項目名（テキスト）に対応付けてください。{{value}} は使えません",
    ],
    notAField: [
      '"{{header}}" maps to "{{field}}", which is not a field of {{kind}} (fields: {{fields}})',
      "“{{header}}”映射到了“{{field}}”，但它不是{{kind}}的字段（字段：{{fields}}）",
      "「{{header}}」の対応先「{{field}}」は{{kind}}の項目ではありません（項目：{{fields}}）",
    ],
  },
} as const satisfies TripleTree;

const MAPPING_TREES: TripleTree = { ...mappingMessages, ...importPage };

/** Checks a header → field mapping for a kind; "" means "ignore this column". Returns the problems as messages. */
export function mappingProblemMessages(kind: ImportKind, mapping: Record<string, unknown>): Message[] {
  const known = new Set(fieldNames(kind));
  const problems: Message[] = [];
  for (const [header, field] of Object.entries(mapping)) {
    if (typeof field !== "string") problems.push({ code: "importMapping.notText", params: { header, value: JSON.stringify(field) ?? String(field) } });
    else if (field !== "" && !known.has(field)) {
      problems.push({ code: "importMapping.notAField", params: { header, field, kind: { code: `importPage.kind.${kind}` }, fields: [...known].join(", ") } });
    }
  }
  return problems;
}

/** The English of a mapping problem (command line, services). */
export function mappingEnglish(m: Message): string {
  return english(MAPPING_TREES, m);
}

/** Checks a header → field mapping for a kind; "" means "ignore this column". Returns the problems in English. */
export function mappingProblems(kind: ImportKind, mapping: Record<string, unknown>): string[] {
  return mappingProblemMessages(kind, mapping).map(mappingEnglish);
}
