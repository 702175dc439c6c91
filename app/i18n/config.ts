// The interface languages and how i18next is set up on the server and in the browser alike.
// Messages are bundled with the app (no HTTP backend): a page never waits for, or misses, them.
import type { InitOptions, Resource } from "i18next";
import { LOCALES, type Locale } from "~/domain/locale-format";
import { messages, type Messages } from "./messages";

export { LOCALES, type Locale };
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "factloop_lng";

/** What each language calls itself, for the switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", "zh-CN": "简体中文", ja: "日本語" };
/** The switch's short labels. */
export const LOCALE_SHORT: Record<Locale, string> = { en: "EN", "zh-CN": "中文", ja: "日本語" };

export const resources: Resource = Object.fromEntries(LOCALES.map((l) => [l, { common: messages(l) }]));

export const i18nOptions = {
  supportedLngs: [...LOCALES],
  // every language has every message (a type error otherwise), so nothing falls back
  fallbackLng: false,
  defaultNS: "common",
  ns: ["common"],
  // React escapes already
  interpolation: { escapeValue: false },
  returnNull: false,
  returnEmptyString: false,
  // a key the code names but no language has is a type error and a failed test; on a page it
  // shows as an ellipsis, never as the raw key
  parseMissingKeyHandler: (key: string) => {
    console.error(`missing i18n key: ${key}`);
    return "…";
  },
  initImmediate: false,
  react: { useSuspense: false },
} satisfies InitOptions;

export type { Messages };
