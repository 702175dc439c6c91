// The card of the signed-out pages (start, sign-in): brand, language switch, and the demo door.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "./language-switch";

export function AuthCard({ children }: { children: React.ReactNode }) {
  return (
    <main className="auth-page">
      <div className="card auth-card">
        <h1>
          <img src="/favicon.svg" alt="" width={24} height={24} /> factloop
        </h1>
        <LanguageSwitch />
        {children}
      </div>
    </main>
  );
}

/** "Open the demo": shown only while the demo owner keeps its generated password. */
export function DemoDoor() {
  const { t } = useTranslation();
  return (
    <Form method="post" action="/demo" className="demo-door">
      <button className="btn" type="submit">
        {t("home.demo")}
      </button>
      <span className="muted small">{t("home.demoNote")}</span>
    </Form>
  );
}
