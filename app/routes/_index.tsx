// The start page: signed out, a way in (and the demo door while it is open); signed in, the
// portfolio of every merchant the person may see, side by side.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { accessText } from "~/components/access-text";
import { AuthCard, DemoDoor } from "~/components/auth-card";
import { pageTitle } from "~/i18n/t";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { AppHeader } from "~/components/app-header";
import { CsrfField } from "~/components/csrf-field";
import { PortfolioTable } from "~/components/portfolio-table";
import { getDb } from "~/db.server";
import { clientIp } from "~/services/auth/client-ip.server";
import { demoDoorIsOpen } from "~/services/auth/people.server";
import { portfolio } from "~/services/portfolio.server";
import { currentUser, requireUser } from "~/services/route-context.server";
import { createMerchantInWorkspace, ownedWorkspaces } from "~/services/workspace-admin.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const signedIn = await currentUser(request);
  if (!signedIn) return { signedIn: false as const, demo: demoDoorIsOpen(getDb()) };
  const { db, user } = signedIn;
  const p = portfolio(db, user.id, new URL(request.url));
  return {
    signedIn: true as const,
    range: p.range,
    rows: p.rows,
    workspaces: ownedWorkspaces(db, user.id).map((w) => ({ id: w.id, name: w.name })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { db, user } = await requireUser(request);
  const form = await request.formData();
  const r = createMerchantInWorkspace(db, { user, ip: clientIp(request) }, Number(form.get("workspace")), {
    slug: String(form.get("slug") ?? ""),
    name: String(form.get("name") ?? "") || undefined,
    timezone: String(form.get("timezone") ?? "") || undefined,
    currency: String(form.get("currency") ?? "") || undefined,
    category: String(form.get("category") ?? "") || undefined,
  });
  if (!r.ok) return data({ error: r.error }, { status: 400 });
  return redirect(`/m/${r.merchant.slug}/import`);
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("home.title"));

export default function Home() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  if (!d.signedIn) {
    return (
      <AuthCard>
        <p>{t("home.tagline")}</p>
        <Link className="btn btn-primary" to="/signin">
          {t("home.signIn")}
        </Link>
        {d.demo ? <DemoDoor /> : null}
      </AuthCard>
    );
  }
  return (
    <>
      <AppHeader />
      <main className="main wide">
        <div className="page-header">
          <div>
            <h1>{t("home.title")}</h1>
            <div className="sub">
              {t("common.period", { from: d.range.from, to: d.range.to })} · {t("home.changeAgainst", d.range.previous)}
            </div>
          </div>
          <Form method="get" className="row" style={{ gap: 6 }}>
            <label className="small muted">
              {t("home.periodLabel")}{" "}
              <select name="range" defaultValue={d.range.preset === "custom" ? "28d" : d.range.preset}>
                {[7, 28, 90, 365].map((n) => (
                  <option key={n} value={`${n}d`}>
                    {t("home.days", { n })}
                  </option>
                ))}
              </select>
            </label>
            <button className="btn" type="submit">
              {t("common.show")}
            </button>
          </Form>
        </div>
        {d.rows.length === 0 ? (
          <div className="card empty">
            <h2>{t("home.none")}</h2>
            <p>{t("home.noneText")}</p>
          </div>
        ) : (
          <PortfolioTable rows={d.rows} />
        )}
        {d.workspaces.length > 0 ? (
          <div className="card" style={{ marginTop: 14 }}>
            <div className="card-head">
              <h2>{t("home.add")}</h2>
            </div>
            <Form method="post" className="filters">
              <CsrfField />
              <label>
                {t("home.workspace")}
                <select name="workspace">
                  {d.workspaces.map((w) => (
                    <option key={w.id} value={w.id}>
                      {w.name}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t("home.slug")}
                {/* a slug is Latin in every language: its example is not translated */}
                <input name="slug" required pattern="[a-z0-9][a-z0-9-]*" placeholder="my-shop" translate="no" />
              </label>
              <label>
                {t("home.name")}
                <input name="name" placeholder={t("home.nameExample")} />
              </label>
              <label>
                {t("home.category")}
                <input name="category" placeholder={t("home.categoryExample")} />
              </label>
              <label>
                {t("home.timezone")}
                <input name="timezone" defaultValue="Asia/Shanghai" />
              </label>
              <label>
                {t("home.currency")}
                <input name="currency" defaultValue="CNY" size={5} />
              </label>
              <button className="btn btn-primary" type="submit" style={{ alignSelf: "flex-end" }}>
                {t("home.create")}
              </button>
            </Form>
            {result?.error ? <p className="notice error">{accessText(t, result.error)}</p> : null}
          </div>
        ) : null}
      </main>
    </>
  );
}
