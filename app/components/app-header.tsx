// The bar above pages outside a merchant: home, the language switch, who is signed in, account and sign-out.
import { Form } from "@remix-run/react";
import { Link } from "~/components/link";
import { useTranslation } from "react-i18next";
import { useViewer } from "~/root";
import { CsrfField } from "./csrf-field";
import { LanguageSwitch } from "./language-switch";

export function AppHeader() {
  const viewer = useViewer();
  return (
    <header className="app-header">
      <Link className="brand" to="/">
        <img src="/favicon.svg" alt="" /> factloop
      </Link>
      <div className="row" style={{ flexWrap: "wrap" }}>
        <LanguageSwitch />
        {viewer ? <UserMenu email={viewer.email} /> : null}
      </div>
    </header>
  );
}

export function UserMenu({ email }: { email: string }) {
  const { t } = useTranslation();
  return (
    <div className="user-menu">
      <Link to="/account" title={t("nav.account")}>
        {email}
      </Link>
      <Form method="post" action="/signout">
        <CsrfField />
        <button className="btn btn-link" type="submit">
          {t("nav.signOut")}
        </button>
      </Form>
    </div>
  );
}
