// A message a domain or service writes for a person: a code (the message key) and its
// parameters, translated where it is shown. The texts live once, as [en, zh-CN, ja] triples next
// to the code that writes them; app/i18n/messages gathers them for the pages, and the command
// line and canonical reports render the English of the same triple with `english()`.
export type Triple = readonly [en: string, zh: string, ja: string];
export interface TripleTree {
  readonly [key: string]: Triple | TripleTree;
}

/** A parameter is a figure, a piece of data, another message (translated with it), or a list of those joined by `sep`. */
export type MessageParam = string | number | Message;
export interface MessageList {
  list: readonly MessageParam[];
  sep: string;
}
export type MessageParams = { [key: string]: MessageParam | MessageList };

function isList(v: unknown): v is MessageList {
  return typeof v === "object" && v !== null && Array.isArray((v as MessageList).list);
}

export interface Message {
  /** the i18n key, e.g. `importRow.badNumber` */
  code: string;
  params?: MessageParams;
}

export function isMessage(v: unknown): v is Message {
  return typeof v === "object" && v !== null && typeof (v as Message).code === "string";
}

/** `{{name}}` placeholders filled the way i18next fills them (no escaping: React escapes). */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, k: string) => (k in params ? String(params[k]) : all));
}

function lookup(tree: TripleTree, path: string): Triple | undefined {
  let node: Triple | TripleTree | undefined = tree;
  for (const part of path.split(".")) {
    if (!node || Array.isArray(node)) return undefined;
    node = (node as TripleTree)[part];
  }
  return Array.isArray(node) ? (node as Triple) : undefined;
}

/**
 * The English text of a message, from the same triple the pages translate. `tree` is rooted
 * where the code's first segment is a key (`{ importRow: {...} }`); `count` picks `_one` /
 * `_other` as i18next does for English.
 */
export function english(tree: TripleTree, m: Message): string {
  const count = m.params?.count;
  const plural = typeof count === "number" ? lookup(tree, `${m.code}_${count === 1 ? "one" : "other"}`) : undefined;
  const triple = plural ?? lookup(tree, m.code);
  if (!triple) throw new Error(`no message ${m.code}`);
  const flat: Record<string, string | number> = {};
  const one = (v: MessageParam) => (isMessage(v) ? english(tree, v) : v);
  for (const [k, v] of Object.entries(m.params ?? {})) flat[k] = isList(v) ? v.list.map(one).join(v.sep) : one(v);
  return fill(triple[0], flat);
}

/**
 * A message in the page's language through i18next's `t` (nested messages translated first).
 * The same shape as `english`, so a page and the command line cannot say different things.
 */
export function translate(t: (key: string, options?: Record<string, unknown>) => string, m: Message): string {
  const flat: Record<string, unknown> = {};
  const one = (v: MessageParam) => (isMessage(v) ? translate(t, v) : v);
  for (const [k, v] of Object.entries(m.params ?? {})) flat[k] = isList(v) ? v.list.map(one).join(v.sep) : one(v);
  return t(m.code, flat);
}
