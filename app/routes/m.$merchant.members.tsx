// Members of a merchant (owners only): roles, removal (asked first), and invitation links.
import { DataText } from "~/components/data-text";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/link";
import { useTranslation } from "react-i18next";
import { accessText } from "~/components/access-text";
import { accessEnglish } from "~/domain/auth/messages";
import { z } from "zod";
import { CsrfField } from "~/components/csrf-field";
import { pageTitle } from "~/i18n/t";
import { ROLES } from "~/domain/auth/roles";
import { cancelInvitation, createInvitation } from "~/services/auth/invitations.server";
import { changeRoleInScope, removeMembershipInScope } from "~/services/auth/people.server";
import { membersPage } from "~/services/members.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("members.title"));

export { RouteErrorBoundary as ErrorBoundary } from "~/components/error-boundary";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant, user } = await requireMerchant(request, params.merchant, "members");
  const page = membersPage(db, merchant);
  const remove = Number(new URL(request.url).searchParams.get("remove"));
  return {
    merchant: shownMerchant(merchant),
    me: user.id,
    ...page,
    // ?remove=N asks first
    confirmRemove: page.members.find((m) => m.membershipId === remove) ?? null,
  };
}

const actionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("invite"),
    role: z.enum(ROLES),
    scope: z.enum(["workspace", "merchant"]),
    email: z.string().trim().max(254).optional(),
  }),
  z.object({ intent: z.literal("revoke-invite"), id: z.coerce.number().int().positive() }),
  z.object({ intent: z.literal("role"), membership: z.coerce.number().int().positive(), role: z.enum(ROLES) }),
  z.object({ intent: z.literal("remove"), membership: z.coerce.number().int().positive(), confirm: z.literal("yes") }),
]);

export async function action({ params, request }: ActionFunctionArgs) {
  const { db, merchant, user, audit } = await requireMerchant(request, params.merchant, "members");
  const parsed = actionSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: accessEnglish("notUnderstood"), link: null }, { status: 400 });
  const f = parsed.data;
  const scopeIds = { merchantId: merchant.id, workspaceId: merchant.workspaceId };
  if (f.intent === "invite") {
    const inv = createInvitation(db, user, merchant, { scope: f.scope, role: f.role, email: f.email });
    audit("invitation_created", { role: f.role, scope: f.scope, email: f.email ?? "" });
    return { error: null, link: `${new URL(request.url).origin}${inv.path}` };
  }
  if (f.intent === "revoke-invite") {
    if (!cancelInvitation(db, merchant, f.id)) return data({ error: accessEnglish("inviteNotOpen"), link: null }, { status: 400 });
    audit("invitation_revoked", { id: f.id });
    return { error: null, link: null };
  }
  if (f.intent === "role") {
    const r = changeRoleInScope(db, f.membership, merchant, f.role);
    if (!r.ok) return data({ error: r.error, link: null }, { status: 400 });
    audit("role_changed", { userId: r.userId, from: r.from, to: f.role });
    return { error: null, link: null };
  }
  const r = removeMembershipInScope(db, f.membership, merchant);
  if (!r.ok) return data({ error: r.error, link: null }, { status: 400 });
  audit("member_removed", { userId: r.userId, role: r.role, scope: r.scope, ...scopeIds });
  return { error: null, link: null };
}

export default function Members() {
  const { merchant, me, workspace, members, invitations, confirmRemove } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const { t } = useTranslation();
  const roleName = (r: string) => t(`role.${r}`);
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>{t("members.title")}</h1>
          <div className="sub">
            <DataText
              text={workspace ? t("members.sub", { merchant: merchant.name, workspace }) : t("members.subNoWorkspace", { merchant: merchant.name })}
              data={[merchant.name, workspace]}
            />
          </div>
        </div>
      </div>
      {result?.error ? <p className="notice error" role="alert">{accessText(t, result.error)}</p> : null}
      {confirmRemove ? (
        <div className="confirm" role="alertdialog" aria-labelledby="remove-title">
          <h2 id="remove-title">{t("members.removeTitle", { email: confirmRemove.email })}</h2>
          <p>
            {t(confirmRemove.scope === "workspace" ? "members.removeWorkspace" : "members.removeMerchant", { role: roleName(confirmRemove.role) })}
          </p>
          <Form method="post" action="?" className="row" style={{ gap: 8 }}>
            <CsrfField />
            <input type="hidden" name="intent" value="remove" />
            <input type="hidden" name="membership" value={confirmRemove.membershipId} />
            <input type="hidden" name="confirm" value="yes" />
            <button className="btn btn-danger" type="submit" disabled={busy}>
              {t("members.yesRemove")}
            </button>
            <Link className="btn" to="?">
              {t("members.cancel")}
            </Link>
          </Form>
        </div>
      ) : null}
      <div className="card table-scroll">
        <table className="data" aria-label={t("members.title")}>
          <thead>
            <tr>
              <th>{t("members.person")}</th>
              <th>{t("members.reaches")}</th>
              <th>{t("members.roleCol")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.membershipId} data-member={m.email}>
                <td>
                  {m.name ? `${m.name} · ` : ""}
                  {m.email}
                  {m.userId === me ? <span className="muted"> {t("members.you")}</span> : null}
                </td>
                <td className="nowrap">{m.scope === "workspace" ? t("members.wholeWorkspace") : t("members.thisMerchant")}</td>
                <td>
                  <Form method="post" className="row" style={{ gap: 6, flexWrap: "nowrap" }}>
                    <CsrfField />
                    <input type="hidden" name="intent" value="role" />
                    <input type="hidden" name="membership" value={m.membershipId} />
                    <label className="sr-only" htmlFor={`role-${m.membershipId}`}>
                      {t("members.roleOf", { email: m.email })}
                    </label>
                    <select id={`role-${m.membershipId}`} name="role" defaultValue={m.role}>
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {roleName(r)}
                        </option>
                      ))}
                    </select>
                    <button className="btn" type="submit" disabled={busy}>
                      {t("members.change")}
                    </button>
                  </Form>
                </td>
                <td>
                  <Link className="btn btn-danger" to={`?remove=${m.membershipId}`}>
                    {t("members.remove")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="card">
        <div className="card-head">
          <h2>{t("members.invite")}</h2>
        </div>
        <p className="muted">{t("members.inviteHelp")}</p>
        <Form method="post" className="filters">
          <CsrfField />
          <input type="hidden" name="intent" value="invite" />
          <label>
            {t("members.forEmail")}
            <input name="email" type="email" placeholder="client@example.com" />
          </label>
          <label>
            {t("members.roleCol")}
            <select name="role" defaultValue="viewer">
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {roleName(r)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("members.scope")}
            <select name="scope" defaultValue="merchant">
              <option value="merchant">{t("members.thisMerchant")}</option>
              {workspace ? <option value="workspace">{t("members.wholeWorkspace")}</option> : null}
            </select>
          </label>
          <button className="btn btn-primary" type="submit" disabled={busy} style={{ alignSelf: "flex-end" }}>
            {t("members.createLink")}
          </button>
        </Form>
        {result?.link ? (
          <p className="notice info" role="status">
            {t("members.sendLink")} <code data-invite-link>{result.link}</code>
          </p>
        ) : null}
        {invitations.length ? (
          <table className="data" aria-label={t("members.invitations")}>
            <thead>
              <tr>
                <th>{t("members.forEmail")}</th>
                <th>{t("members.roleCol")}</th>
                <th>{t("members.scope")}</th>
                <th>{t("members.state")}</th>
                <th>{t("members.expires")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {invitations.map((i) => (
                <tr key={i.id}>
                  <td>{i.email || "—"}</td>
                  <td className="nowrap">{roleName(i.role)}</td>
                  <td>{i.scope === "workspace" ? `${t("members.wholeWorkspace")} · ${i.target}` : i.target}</td>
                  <td className="nowrap">{t(`members.states.${i.state}`)}</td>
                  <td>{new Date(i.expiresAt).toISOString().slice(0, 16).replace("T", " ")} UTC</td>
                  <td>
                    {i.state === "open" ? (
                      <Form method="post">
                        <CsrfField />
                        <input type="hidden" name="intent" value="revoke-invite" />
                        <input type="hidden" name="id" value={i.id} />
                        <button className="btn" type="submit" disabled={busy}>
                          {t("members.revoke")}
                        </button>
                      </Form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
      <div className="card">
        <div className="card-head">
          <h2>{t("members.deleteTitle")}</h2>
        </div>
        <p className="muted">{t("members.deleteHelp")}</p>
        <Link className="btn btn-danger" to={`/m/${merchant.slug}/delete`}>
          {t("members.deleteLink", { merchant: merchant.name })}
        </Link>
      </div>
    </div>
  );
}
