// A person's own account: change the password, sign out here or everywhere.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { useTranslation } from "react-i18next";
import { accessText } from "~/components/access-text";
import { AppHeader } from "~/components/app-header";
import { CsrfField } from "~/components/csrf-field";
import { pageTitle } from "~/i18n/t";
import { tFor } from "~/i18n/i18next.server";
import { countUserSessions } from "~/queries/auth/sessions.server";
import { audit } from "~/services/audit.server";
import { clientIp } from "~/services/auth/client-ip.server";
import { changePassword } from "~/services/auth/people.server";
import { requireUser } from "~/services/route-context.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("account.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const { db, user } = await requireUser(request);
  return { email: user.email, name: user.name, sessions: countUserSessions(db, user.id) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { db, user, session } = await requireUser(request);
  const form = await request.formData();
  const r = await changePassword(
    db,
    user,
    { current: String(form.get("current") ?? ""), next: String(form.get("next") ?? "") },
    session.idHash,
  );
  if (!r.ok) return data({ error: r.error, done: null }, { status: 400 });
  audit(db, { user, ip: clientIp(request) }, {}, "password_changed", { otherSessionsEnded: r.signedOut });
  const { t } = await tFor(request);
  return { error: null, done: t("account.changed", { n: r.signedOut }) };
}

export default function Account() {
  const { email, name, sessions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
    <AppHeader />
    <main className="main narrow">
      <div className="page-header">
        <div>
          <h1>{t("account.title")}</h1>
          <div className="sub" data-raw>
            {name ? `${name} · ` : ""}
            {email}
          </div>
        </div>
        <Link to="/">{t("nav.home")}</Link>
      </div>
      <div className="card">
        <div className="card-head">
          <h2>{t("account.password")}</h2>
        </div>
        <Form method="post" className="stack narrow-form">
          <CsrfField />
          <label className="field">
            {t("account.current")}
            <input name="current" type="password" autoComplete="current-password" required />
          </label>
          <label className="field">
            {t("account.next")}
            <input name="next" type="password" autoComplete="new-password" required minLength={10} />
          </label>
          {result?.error ? <p className="notice error" role="alert">{accessText(t, result.error)}</p> : null}
          {result?.done ? <p className="notice info" role="status">{result.done}</p> : null}
          <button className="btn btn-primary" type="submit">
            {t("account.password")}
          </button>
        </Form>
      </div>
      <div className="card" style={{ marginTop: 14 }}>
        <div className="card-head">
          <h2>{t("account.sessions")}</h2>
        </div>
        <p className="muted">{t("account.signedInOn", { n: sessions })}</p>
        <div className="row" style={{ gap: 8 }}>
          <Form method="post" action="/signout">
            <CsrfField />
            <button className="btn" type="submit">
              {t("nav.signOut")}
            </button>
          </Form>
          <Form method="post" action="/signout">
            <CsrfField />
            <input type="hidden" name="everywhere" value="yes" />
            <button className="btn" type="submit">
              {t("account.signOutEverywhere")}
            </button>
          </Form>
        </div>
      </div>
    </main>
    </>
  );
}
