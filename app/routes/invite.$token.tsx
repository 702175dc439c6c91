// An invitation link: shows what it grants; a signed-in person accepts it, a newcomer makes an account.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { Link } from "~/components/link";
import { useTranslation } from "react-i18next";
import { accessText } from "~/components/access-text";
import { localeOf } from "~/i18n/i18next.server";
import { pageTitle, tOf } from "~/i18n/t";
import { CsrfField } from "~/components/csrf-field";
import { getDb } from "~/db.server";
import { audit } from "~/services/audit.server";
import { clientIp } from "~/services/auth/client-ip.server";
import { notFound, refuseCrossSite } from "~/services/auth/gate.server";
import { acceptInvitation, lookUpInvitation } from "~/services/auth/invitations.server";
import { createUser } from "~/services/auth/people.server";
import { startSession } from "~/services/auth/session.server";
import { currentUser, requireUser } from "~/services/route-context.server";
import { getMerchantById } from "~/queries/merchants.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("invite.title"));

export async function loader({ params, request }: LoaderFunctionArgs) {
  const db = getDb();
  const inv = lookUpInvitation(db, params.token ?? "");
  if (!inv) throw notFound("This invitation");
  const signedIn = await currentUser(request);
  return {
    invitation: { role: inv.role, scope: inv.scope, target: inv.target, state: inv.state, expiresAt: inv.expiresAt },
    signedInAs: signedIn?.user.email ?? null,
  };
}

export async function action({ params, request }: ActionFunctionArgs) {
  const db = getDb();
  const token = params.token ?? "";
  const form = await request.formData();
  const t = tOf(await localeOf(request));
  let setCookie: string | undefined;
  let user;
  if (form.get("intent") === "create") {
    // a newcomer: no session yet, so only the browser's own origin check applies
    refuseCrossSite(request);
    const inv = lookUpInvitation(db, token);
    if (!inv) throw notFound("This invitation");
    if (inv.state !== "open") return data({ error: t("invite.closed", { state: t(`members.states.${inv.state}`) }) }, { status: 400 });
    const made = await createUser(db, {
      email: String(form.get("email") ?? ""),
      name: String(form.get("name") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    // an existing email gets the same words as a failed sign-in would not reveal: ask to sign in
    if (!made.ok) return data({ error: made.error.startsWith("There is already") ? t("invite.signInThenOpen") : accessText(t, made.error) }, { status: 400 });
    user = made.user;
    setCookie = await startSession(db, request, user.id);
  } else {
    user = (await requireUser(request)).user;
  }
  const r = acceptInvitation(db, token, user);
  if (!r.ok) {
    const now = lookUpInvitation(db, token);
    return data({ error: now ? t("invite.closed", { state: t(`members.states.${now.state}`) }) : t("invite.invalid") }, { status: 400 });
  }
  const merchantId = r.invitation.merchantId;
  audit(db, { user, ip: clientIp(request) }, { merchantId, workspaceId: r.invitation.workspaceId }, "invitation_accepted", {
    role: r.invitation.role,
    scope: r.invitation.scope,
  });
  const slug = merchantId != null ? getMerchantById(db, merchantId)?.slug : null;
  return redirect(slug ? `/m/${slug}` : "/", setCookie ? { headers: { "Set-Cookie": setCookie } } : undefined);
}

export default function Invite() {
  const { invitation, signedInAs } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const open = invitation.state === "open";
  const location = useLocation();
  const { t } = useTranslation();
  const target =
    invitation.scope === "workspace" ? t("invite.workspace", { name: invitation.target }) : t("invite.merchant", { name: invitation.target });
  return (
    <main className="auth-page">
      <div className="card auth-card">
        <h1>{t("invite.title")}</h1>
        <p>{t("invite.grants", { role: t(`role.${invitation.role}`), target })}</p>
        {!open ? (
          <p className="notice error">{t("invite.closed", { state: t(`members.states.${invitation.state}`) })}</p>
        ) : signedInAs ? (
          <Form method="post" className="stack">
            <CsrfField />
            <p className="muted">{t("invite.signedInAs", { email: signedInAs })}</p>
            <button className="btn btn-primary" type="submit" name="intent" value="accept">
              {t("invite.accept")}
            </button>
          </Form>
        ) : (
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="create" />
            <label className="field">
              {t("invite.email")}
              <input name="email" type="email" autoComplete="username" required />
            </label>
            <label className="field">
              {t("invite.name")}
              <input name="name" autoComplete="name" />
            </label>
            <label className="field">
              {t("invite.password")}
              <input name="password" type="password" autoComplete="new-password" minLength={10} required />
            </label>
            <button className="btn btn-primary" type="submit">
              {t("invite.create")}
            </button>
            <p className="muted small">
              {t("invite.haveAccount")} <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`}>{t("invite.signInFirst")}</Link>
            </p>
          </Form>
        )}
        {result?.error ? <p className="notice error" role="alert">{result.error}</p> : null}
      </div>
    </main>
  );
}
