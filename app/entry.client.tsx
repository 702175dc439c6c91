// The browser entry: i18next in the page's language (the server wrote it to <html lang>), with
// the messages bundled, then hydration.
import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { DEFAULT_LOCALE, i18nOptions, resources } from "./i18n/config";
import { matchLocale } from "./domain/locale-format";

void i18next
  .use(initReactI18next)
  .init({ ...i18nOptions, lng: matchLocale(document.documentElement.lang) ?? DEFAULT_LOCALE, resources })
  .then(() => {
    startTransition(() => {
      hydrateRoot(
        document,
        <I18nextProvider i18n={i18next}>
          <StrictMode>
            <RemixBrowser />
          </StrictMode>
        </I18nextProvider>,
      );
    });
  });
