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

/**
 * A placeholder: `{{name}}`, or `{{name, number}}` for a figure that each language writes its own
 * way (i18next's number format on a page; 1,234 in English).
 */
const PLACEHOLDER = /\{\{\s*(\w+)\s*(?:,\s*(number)\s*)?\}\}/g;

/** A parameter as English writes it: a figure of a `, number` placeholder with thousands separators. */
function englishValue(v: string | number, format: string | undefined): string {
  return format === "number" && typeof v === "number" ? v.toLocaleString("en-US") : String(v);
}

/** `{{name}}` placeholders filled the way i18next fills them (no escaping: React escapes). */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(PLACEHOLDER, (all, k: string, format?: string) => (k in params ? englishValue(params[k], format) : all));
}

function lookup(tree: TripleTree, path: string): Triple | undefined {
  let node: Triple | TripleTree | undefined = tree;
  for (const part of path.split(".")) {
    if (!node || Array.isArray(node)) return undefined;
    node = (node as TripleTree)[part];
  }
  return Array.isArray(node) ? (node as Triple) : undefined;
}

/** An English template split once into text and parameter names: filling it is a join (the import writes millions). */
type Compiled = (params: Record<string, string | number>) => string;
const compiled = new WeakMap<TripleTree, Map<string, Compiled | null>>();

function compile(template: string): Compiled {
  // text, name, format, text, name, format, … text
  const parts = template.split(PLACEHOLDER);
  if (parts.length === 1) return () => template;
  return (params) => {
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 3) out += (parts[i] in params ? englishValue(params[parts[i]], parts[i + 1]) : `{{${parts[i]}}}`) + parts[i + 2];
    return out;
  };
}

function englishOf(tree: TripleTree, code: string): Compiled | null {
  let cache = compiled.get(tree);
  if (!cache) compiled.set(tree, (cache = new Map()));
  let c = cache.get(code);
  if (c === undefined) {
    const triple = lookup(tree, code);
    c = triple ? compile(triple[0]) : null;
    cache.set(code, c);
  }
  return c;
}

/**
 * The English template of one code as a function of flat parameters, for hot paths that write
 * millions of messages (the import's rejected rows): the same text as `english`, no objects made.
 */
export function englishTemplate(tree: TripleTree, code: string): (params: Record<string, string | number>) => string {
  const render = englishOf(tree, code);
  if (!render) throw new Error(`no message ${code}`);
  return render;
}

/**
 * The English text of a message, from the same triple the pages translate. `tree` is rooted
 * where the code's first segment is a key (`{ importRow: {...} }`); `count` picks `_one` /
 * `_other` as i18next does for English.
 */
export function english(tree: TripleTree, m: Message): string {
  const count = m.params?.count;
  const plural = typeof count === "number" ? englishOf(tree, `${m.code}_${count === 1 ? "one" : "other"}`) : null;
  const render = plural ?? englishOf(tree, m.code);
  if (!render) throw new Error(`no message ${m.code}`);
  const flat: Record<string, string | number> = {};
  const params = m.params;
  if (params) {
    for (const k in params) {
      const v = params[k];
      flat[k] = isList(v) ? v.list.map((x) => (isMessage(x) ? english(tree, x) : x)).join(v.sep) : isMessage(v) ? english(tree, v) : v;
    }
  }
  return render(flat);
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

/**
 * The data inside a message: its text parameters (names, ids, values, a library's own words),
 * nested messages' included. Figures are numbers and other parameters are messages, so what is
 * left is what a page marks as data inside the translated sentence.
 */
export function messageData(m: Message): string[] {
  const out: string[] = [];
  const one = (v: MessageParam) => (isMessage(v) ? out.push(...messageData(v)) : typeof v === "string" && v !== "" ? out.push(v) : 0);
  for (const v of Object.values(m.params ?? {})) {
    if (isList(v)) v.list.forEach(one);
    else one(v);
  }
  return out;
}

/**
 * English text back to the message it was made from, for texts that travel as English (zod
 * issues, stored errors): each template of `subtree` (a branch of `tree` at `path`) is tried
 * whole; a parameter is captured as written. Null when no template makes the text.
 */
export function messageFromEnglish(tree: TripleTree, path: string, text: string): Message | null {
  let cache = reversers.get(tree);
  if (!cache) reversers.set(tree, (cache = new Map()));
  let r = cache.get(path);
  if (!r) {
    const branch = lookupTree(tree, path);
    const fixed = new Map<string, string>();
    const patterns: [string, RegExp, Set<string>][] = [];
    const walk = (node: TripleTree, prefix: string) => {
      for (const [k, v] of Object.entries(node)) {
        const code = `${prefix}.${k}`;
        if (!Array.isArray(v)) walk(v as TripleTree, code);
        else if (!(v as Triple)[0].includes("{{")) fixed.set((v as Triple)[0], code);
        else {
          const seen = new Set<string>();
          const figures = new Set<string>();
          const source = (v as Triple)[0]
            .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
            // a parameter written twice is the same text twice; a figure is digits and separators
            .replace(/\\\{\\\{\s*(\w+)\s*(?:,\s*(number)\s*)?\\\}\\\}/g, (_, name: string, format?: string) => {
              if (seen.has(name)) return `\\k<${name}>`;
              seen.add(name);
              if (format) figures.add(name);
              return format ? `(?<${name}>-?\\d[\\d,]*(?:\\.\\d+)?)` : `(?<${name}>.+?)`;
            });
          patterns.push([code.replace(/_(one|other)$/, ""), new RegExp(`^${source}$`), figures]);
        }
      }
    };
    if (branch) walk(branch, path);
    patterns.sort((a, b) => b[1].source.length - a[1].source.length);
    r = { fixed, patterns };
    cache.set(path, r);
  }
  const code = r.fixed.get(text);
  if (code) return { code };
  for (const [c, re, figures] of r.patterns) {
    const m = re.exec(text);
    if (m) {
      const params: MessageParams = {};
      for (const [k, v] of Object.entries(m.groups ?? {})) {
        params[k] = figures.has(k) ? Number(v.replace(/,/g, "")) : k === "count" && /^\d+$/.test(v) ? Number(v) : v;
      }
      return { code: c, params };
    }
  }
  return null;
}

const reversers = new WeakMap<TripleTree, Map<string, { fixed: Map<string, string>; patterns: [string, RegExp, Set<string>][] }>>();

function lookupTree(tree: TripleTree, path: string): TripleTree | undefined {
  let node: Triple | TripleTree | undefined = tree;
  for (const part of path.split(".")) {
    if (!node || Array.isArray(node)) return undefined;
    node = (node as TripleTree)[part];
  }
  return node && !Array.isArray(node) ? (node as TripleTree) : undefined;
}
