// Which language a request is answered in: the signed-in person's saved choice, else the
// language cookie, else Accept-Language, else English.
import { createCookie } from "@remix-run/node";
import { createInstance, type i18n as I18n, type TFunction } from "i18next";
import { initReactI18next } from "react-i18next";
import { RemixI18Next } from "remix-i18next/server";
import { matchLocale } from "~/domain/locale-format";
import { currentUser } from "~/services/auth/gate.server";
import { rememberPlainCalls } from "./plain-calls";
import { tOf } from "./t";
import { DEFAULT_LOCALE, i18nOptions, LOCALE_COOKIE, LOCALES, resources, type Locale } from "./config";

export const localeCookie = createCookie(LOCALE_COOKIE, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 60 * 60 * 24 * 365 });

// remix-i18next detects in this order: the saved choice of the signed-in person ("custom"), the
// cookie an anonymous visitor's switch sets, then Accept-Language; English when none matches.
const detector = new RemixI18Next({
  detection: {
    supportedLanguages: [...LOCALES],
    fallbackLanguage: DEFAULT_LOCALE,
    cookie: localeCookie,
    order: ["custom", "cookie", "header"],
    async findLocale(request) {
      const signedIn = await currentUser(request);
      return matchLocale(signedIn?.user.locale);
    },
  },
});

/** The request's interface language. */
export async function localeOf(request: Request): Promise<Locale> {
  const found = matchLocale(await detector.getLocale(request));
  if (found && found !== DEFAULT_LOCALE) return found;
  // tags remix-i18next cannot match to a supported one exactly (`zh-TW`, `zh-Hant`, `ja-JP-u-ca-japanese`)
  for (const part of (request.headers.get("Accept-Language") ?? "").split(",")) {
    const m = matchLocale(part.split(";")[0]);
    if (m) return found === DEFAULT_LOCALE && m !== DEFAULT_LOCALE && !(await hasChoice(request)) ? m : (found ?? m);
  }
  return found ?? DEFAULT_LOCALE;
}

/** Whether the person chose a language (saved or by cookie): then Accept-Language has no say. */
async function hasChoice(request: Request): Promise<boolean> {
  const signedIn = await currentUser(request);
  if (matchLocale(signedIn?.user.locale)) return true;
  return matchLocale((await localeCookie.parse(request.headers.get("Cookie"))) as string | null) !== null;
}

// One instance per language, made on first use: the resources are bundled and never change, and
// nothing changes an instance's language (a switch is a new request in the other language).
const instances = new Map<Locale, Promise<I18n>>();

/** The i18next instance of one language, for rendering a page or writing a message on the server. */
export function i18nFor(locale: Locale): Promise<I18n> {
  let made = instances.get(locale);
  if (!made) {
    const instance = createInstance();
    made = instance
      .use(initReactI18next)
      .init({ ...i18nOptions, lng: locale, resources })
      .then(() => {
        rememberPlainCalls(instance);
        return instance;
      });
    instances.set(locale, made);
  }
  return made;
}

/** A translate function in the request's language, for messages a loader or action writes. */
export async function tFor(request: Request): Promise<{ t: TFunction; locale: Locale }> {
  const locale = await localeOf(request);
  return { t: tOf(locale), locale };
}
