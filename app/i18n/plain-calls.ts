// i18next works every call out afresh: namespace, key path, plural and context rules, filling in
// and nesting. A server instance's language and messages never change, so a call gives the same
// text whenever it is made with the same key and values:
// - a call with nothing to fill in is worked out once per instance and then looked up (a page
//   makes a few hundred calls; i18next was about a twelfth of a worker's CPU under load);
// - a call whose values are all strings, numbers or booleans ("Page 2 of 9", "Switch to 日本語")
//   is remembered by its key and values, the most recently used few thousand. Filling in cost
//   about 25 µs a call, and a page's calls with values mostly repeat from one request to the next.
// A call with any other value (an object, a function) goes to i18next every time.
import type { i18n as I18n } from "i18next";

/** Plain texts remembered per instance at most: keys are the code's, but some are built from data. */
const MAX_REMEMBERED = 20_000;
/** Texts of calls with values remembered per instance, the most recently used. */
const MAX_WITH_VALUES = 5_000;

const FIXED_T_OPTIONS = new Set(["lng", "lngs", "ns", "keyPrefix"]);
const SEPARATORS = /[\u0000\u0001]/;

export function rememberPlainCalls(instance: I18n): void {
  const translate = instance.t.bind(instance) as unknown as (...args: unknown[]) => unknown;
  const known = new Map<string, unknown>();
  const withValues = new Map<string, unknown>();
  const lng = instance.language;
  const ns = instance.options.defaultNS;
  /** "" for a call with nothing to fill in; the key of its values; null when a value is not plain */
  const valuesOf = (options: unknown): string | null => {
    if (options === undefined) return "";
    if (typeof options !== "object" || options === null) return null;
    const o = options as Record<string, unknown>;
    let values = "";
    for (const k in o) {
      const v = o[k];
      if (v === undefined) continue;
      // what a fixed t adds to every call (react-i18next's: lngs null, keyPrefix unset)
      if ((v === null || v === "") && FIXED_T_OPTIONS.has(k)) continue;
      if (k === "lng" && v === lng) continue;
      if (k === "ns" && (v === ns || (Array.isArray(v) && v.length === 1 && v[0] === ns))) continue;
      const type = typeof v;
      if (type !== "string" && type !== "number" && type !== "boolean") return null;
      // NUL and SOH separate the values below: a value holding either (from data) is not remembered
      if (type === "string" && SEPARATORS.test(v as string)) return null;
      // the type's initial keeps 1 and "1" apart
      values += `\u0000${k}\u0001${type[0]}${v as string | number | boolean}`;
    }
    return values;
  };
  const t = (...args: unknown[]) => {
    const [key, options] = args;
    const values = typeof key === "string" && args.length <= 2 ? valuesOf(options) : null;
    if (values === null) return translate(...args);
    if (values === "") {
      if (known.has(key as string)) return known.get(key as string);
      const text = translate(key, options);
      if (known.size < MAX_REMEMBERED) known.set(key as string, text);
      return text;
    }
    const k = `${key as string}${values}`;
    if (withValues.has(k)) {
      const text = withValues.get(k);
      // most recently used last: the oldest is the first to go
      withValues.delete(k);
      withValues.set(k, text);
      return text;
    }
    const text = translate(key, options);
    if (withValues.size >= MAX_WITH_VALUES) withValues.delete(withValues.keys().next().value as string);
    withValues.set(k, text);
    return text;
  };
  instance.t = t as unknown as I18n["t"];
  // react-i18next's useTranslation asks for a fixed t on every render, and that t copies each
  // call's options to add the language and namespace (1–2% of a worker's CPU under load). In the
  // instance's own language and namespace, with no key prefix, it is this t itself; any other
  // fixed t is i18next's.
  const fixedT = Object.assign(t, { lng, ns, keyPrefix: undefined });
  const getFixedT = instance.getFixedT.bind(instance) as (...args: unknown[]) => unknown;
  instance.getFixedT = ((l?: unknown, n?: unknown, keyPrefix?: unknown, ...rest: unknown[]) =>
    rest.length === 0 && (l == null || l === lng) && (n == null || n === ns || (Array.isArray(n) && n.length === 1 && n[0] === ns)) && keyPrefix == null
      ? fixedT
      : getFixedT(l, n, keyPrefix, ...rest)) as I18n["getFixedT"];
}
