// The language switch on every page: three buttons that post the choice (with the form token when
// signed in) and come back to the same page, reloaded in the chosen language.
import { Form, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LOCALE_NAMES, LOCALE_SHORT, LOCALES } from "~/i18n/config";
import { CsrfField } from "./csrf-field";

export function LanguageSwitch({ className = "" }: { className?: string }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  return (
    <Form method="post" action="/locale" reloadDocument className={`lang-switch ${className}`} aria-label={t("lang.label")}>
      <CsrfField />
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="lng"
          value={l}
          lang={l}
          aria-pressed={i18n.language === l}
          title={t("lang.switchTo", { name: LOCALE_NAMES[l] })}
          className={i18n.language === l ? "active" : ""}
        >
          {LOCALE_SHORT[l]}
        </button>
      ))}
    </Form>
  );
}
