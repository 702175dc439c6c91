// Sign-in: email and password, throttled; errors never say whether an email exists.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/link";
import { safeNextPath } from "~/domain/auth/next-path";
import { audit } from "~/services/audit.server";
import { clientIp } from "~/services/auth/client-ip.server";
import { refuseCrossSite } from "~/services/auth/gate.server";
import { checkSignIn, demoDoorIsOpen } from "~/services/auth/people.server";
import { startSession } from "~/services/auth/session.server";
import { currentUser } from "~/services/route-context.server";
import { getDb } from "~/db.server";
import { useTranslation } from "react-i18next";
import { accessText } from "~/components/access-text";
import { AuthCard, DemoDoor } from "~/components/auth-card";
import { pageTitle } from "~/i18n/t";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("signin.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const next = safeNextPath(new URL(request.url).searchParams.get("next"));
  if (await currentUser(request)) throw redirect(next);
  return { next, demo: demoDoorIsOpen(getDb()) };
}

export async function action({ request }: ActionFunctionArgs) {
  refuseCrossSite(request);
  const db = getDb();
  const form = await request.formData();
  const next = safeNextPath(form.get("next"));
  const ip = clientIp(request);
  const email = String(form.get("email") ?? "");
  const r = await checkSignIn(db, { email, password: String(form.get("password") ?? ""), ip });
  if (!r.ok) {
    audit(db, { user: null, ip }, {}, "sign_in_failed", { email: email.trim().toLowerCase().slice(0, 254) });
    return data({ error: r.error, email }, { status: r.waitSeconds ? 429 : 400 });
  }
  audit(db, { user: r.user, ip }, {}, "sign_in");
  return redirect(next, { headers: { "Set-Cookie": await startSession(db, request, r.user.id) } });
}

export default function SignIn() {
  const { next, demo } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const { t } = useTranslation();
  return (
    <AuthCard>
      <p className="muted">{t("signin.lead")}</p>
      <Form method="post" className="stack">
        <input type="hidden" name="next" value={next} />
        <label className="field">
          {t("signin.email")}
          <input name="email" type="email" autoComplete="username" required defaultValue={result?.email ?? ""} />
        </label>
        <label className="field">
          {t("signin.password")}
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {result?.error ? (
          <p className="notice error" role="alert">
            {accessText(t, result.error)}
          </p>
        ) : null}
        <button className="btn btn-primary" type="submit" disabled={busy}>
          {busy ? t("signin.busy") : t("signin.title")}
        </button>
      </Form>
      {demo ? <DemoDoor /> : null}
      <p className="muted small">
        {t("signin.noAccount")} <Link to="/">{t("signin.home")}</Link>
      </p>
    </AuthCard>
  );
}
