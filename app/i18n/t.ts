// A translate function in one language, for code outside React: page titles (meta), messages a
// loader or action writes, exports.
import { createInstance, type TFunction } from "i18next";
import { matchLocale } from "~/domain/locale-format";
import { DEFAULT_LOCALE, i18nOptions, resources, type Locale } from "./config";
import { rememberPlainCalls } from "./plain-calls";

const fixed = new Map<Locale, ReturnType<typeof createInstance>>();

function instanceOf(locale: Locale | string | null | undefined) {
  const l = matchLocale(locale) ?? DEFAULT_LOCALE;
  let i = fixed.get(l);
  if (!i) {
    i = createInstance({ ...i18nOptions, lng: l, resources });
    void i.init();
    rememberPlainCalls(i);
    fixed.set(l, i);
  }
  return i;
}

export function tOf(locale: Locale | string | null | undefined): TFunction {
  return instanceOf(locale).t;
}

/** Whether a message exists (for keys built from data, such as a column's definition). */
export function hasMessage(locale: Locale | string | null | undefined, key: string): boolean {
  return instanceOf(locale).exists(key);
}

interface MatchLike {
  id: string;
  data?: unknown;
}

/** The interface language of a page, from the root loader's data. */
export function localeOfMatches(matches: readonly MatchLike[]): Locale {
  const root = matches.find((m) => m.id === "root")?.data as { locale?: string } | undefined;
  return matchLocale(root?.locale) ?? DEFAULT_LOCALE;
}

/** `<title>`: page · merchant · factloop (the merchant when the page is inside one). */
export function pageTitle(matches: readonly MatchLike[], page: (t: TFunction) => string): { title: string }[] {
  const t = tOf(localeOfMatches(matches));
  const merchant = (matches.find((m) => m.id === "routes/m.$merchant")?.data as { merchant?: { name: string } } | undefined)?.merchant?.name;
  return [{ title: [page(t), merchant, "factloop"].filter(Boolean).join(" · ") }];
}
