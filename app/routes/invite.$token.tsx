// An invitation link: shows what it grants; a signed-in person accepts it, a newcomer makes an account.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
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

export const meta: MetaFunction = () => [{ title: "Invitation · factloop" }];

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
  let setCookie: string | undefined;
  let user;
  if (form.get("intent") === "create") {
    // a newcomer: no session yet, so only the browser's own origin check applies
    refuseCrossSite(request);
    const inv = lookUpInvitation(db, token);
    if (!inv) throw notFound("This invitation");
    if (inv.state !== "open") return data({ error: `This invitation link was already ${inv.state}.` }, { status: 400 });
    const made = await createUser(db, {
      email: String(form.get("email") ?? ""),
      name: String(form.get("name") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    // an existing email gets the same words as a failed sign-in would not reveal: ask to sign in
    if (!made.ok) return data({ error: made.error.startsWith("There is already") ? "Sign in first, then open this link again." : made.error }, { status: 400 });
    user = made.user;
    setCookie = await startSession(db, request, user.id);
  } else {
    user = (await requireUser(request)).user;
  }
  const r = acceptInvitation(db, token, user);
  if (!r.ok) return data({ error: r.error }, { status: 400 });
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
  return (
    <main className="auth-page">
      <div className="card auth-card">
        <h1>Invitation</h1>
        <p>
          This link makes you <strong>{invitation.role}</strong> of{" "}
          {invitation.scope === "workspace" ? "the workspace" : "the merchant"} <strong>{invitation.target}</strong>.
        </p>
        {!open ? (
          <p className="notice error">This invitation link was already {invitation.state}. Ask for a new one.</p>
        ) : signedInAs ? (
          <Form method="post" className="stack">
            <CsrfField />
            <p className="muted">You are signed in as {signedInAs}.</p>
            <button className="btn btn-primary" type="submit" name="intent" value="accept">
              Accept
            </button>
          </Form>
        ) : (
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="create" />
            <label className="field">
              Email
              <input name="email" type="email" autoComplete="username" required />
            </label>
            <label className="field">
              Name
              <input name="name" autoComplete="name" />
            </label>
            <label className="field">
              Password (at least 10 characters)
              <input name="password" type="password" autoComplete="new-password" minLength={10} required />
            </label>
            <button className="btn btn-primary" type="submit">
              Create my account and accept
            </button>
            <p className="muted small">
              Already have an account? <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`}>Sign in</Link> first.
            </p>
          </Form>
        )}
        {result?.error ? <p className="notice error" role="alert">{result.error}</p> : null}
      </div>
    </main>
  );
}
