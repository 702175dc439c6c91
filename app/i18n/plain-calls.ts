// i18next works every call out afresh: namespace, key path, plural and context rules, filling in
// and nesting. A server instance's language and messages never change, so a call with nothing to
// fill in always gives the same text; it is worked out once per instance and then looked up (a
// page makes a few hundred calls; i18next was about a twelfth of a worker's CPU under load).
import type { i18n as I18n } from "i18next";

/** Texts remembered per instance at most: keys are the code's, but some are built from data. */
const MAX_REMEMBERED = 20_000;

export function rememberPlainCalls(instance: I18n): void {
  const translate = instance.t.bind(instance) as unknown as (...args: unknown[]) => unknown;
  const known = new Map<string, unknown>();
  const lng = instance.language;
  const ns = instance.options.defaultNS;
  const isPlain = (options: unknown): boolean => {
    if (options === undefined) return true;
    if (typeof options !== "object" || options === null) return false;
    const o = options as Record<string, unknown>;
    for (const k in o) {
      const v = o[k];
      if (v === undefined || v === null || v === "") continue;
      if (k === "lng" && v === lng) continue;
      if (k === "ns" && (v === ns || (Array.isArray(v) && v.length === 1 && v[0] === ns))) continue;
      return false;
    }
    return true;
  };
  const t = (...args: unknown[]) => {
    const [key, options] = args;
    if (typeof key !== "string" || args.length > 2 || !isPlain(options)) return translate(...args);
    if (known.has(key)) return known.get(key);
    const text = translate(key, options);
    if (known.size < MAX_REMEMBERED) known.set(key, text);
    return text;
  };
  instance.t = t as unknown as I18n["t"];
}
