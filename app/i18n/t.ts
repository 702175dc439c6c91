// A translate function in one language, for code outside React: page titles (meta), messages a
// loader or action writes, exports.
import { createInstance, type TFunction } from "i18next";
import { matchLocale } from "~/domain/locale-format";
import { DEFAULT_LOCALE, i18nOptions, resources, type Locale } from "./config";

const fixed = new Map<Locale, TFunction>();

export function tOf(locale: Locale | string | null | undefined): TFunction {
  const l = matchLocale(locale) ?? DEFAULT_LOCALE;
  let t = fixed.get(l);
  if (!t) {
    const instance = createInstance({ ...i18nOptions, lng: l, resources });
    void instance.init();
    t = instance.t;
    fixed.set(l, t);
  }
  return t;
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
