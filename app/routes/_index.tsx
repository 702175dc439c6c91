// The start page: signed out, a way in (and the demo door while it is open); signed in, the
// portfolio of every merchant the person may see, side by side.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
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

export default function Home() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  if (!d.signedIn) {
    return (
      <main className="auth-page">
        <div className="card auth-card">
          <h1>
            <img src="/favicon.svg" alt="" width={24} height={24} /> factloop
          </h1>
          <p>Where sales come from, and how the loop turns: FACT+ pillars, the Infinity funnel and GMV forecasts.</p>
          <Link className="btn btn-primary" to="/signin">
            Sign in
          </Link>
          {d.demo ? (
            <Form method="post" action="/demo" className="demo-door">
              <button className="btn" type="submit">
                Open the demo
              </button>
              <span className="muted small">光感美妆 Lumière Beauty, a year of sample data; no account needed.</span>
            </Form>
          ) : null}
        </div>
      </main>
    );
  }
  return (
    <>
      <AppHeader />
      <main className="main wide">
        <div className="page-header">
          <div>
            <h1>Your merchants</h1>
            <div className="sub">
              {d.range.from} → {d.range.to} · change against {d.range.previous.from} → {d.range.previous.to}
            </div>
          </div>
          <Form method="get" className="row" style={{ gap: 6 }}>
            <label className="small muted">
              Period{" "}
              <select name="range" defaultValue={d.range.preset === "custom" ? "28d" : d.range.preset}>
                <option value="7d">7 days</option>
                <option value="28d">28 days</option>
                <option value="90d">90 days</option>
                <option value="365d">365 days</option>
              </select>
            </label>
            <button className="btn" type="submit">
              Show
            </button>
          </Form>
        </div>
        {d.rows.length === 0 ? (
          <div className="card empty">
            <h2>No merchants yet</h2>
            <p>You are not a member of any merchant. Ask an owner for an invitation link.</p>
          </div>
        ) : (
          <PortfolioTable rows={d.rows} />
        )}
        {d.workspaces.length > 0 ? (
          <div className="card" style={{ marginTop: 14 }}>
            <div className="card-head">
              <h2>Add a merchant</h2>
            </div>
            <Form method="post" className="filters">
              <CsrfField />
              <label>
                Workspace
                <select name="workspace">
                  {d.workspaces.map((w) => (
                    <option key={w.id} value={w.id}>
                      {w.name}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Slug
                <input name="slug" required pattern="[a-z0-9][a-z0-9-]*" placeholder="my-shop" />
              </label>
              <label>
                Name
                <input name="name" placeholder="My Shop 我的店" />
              </label>
              <label>
                Category
                <input name="category" placeholder="beauty" />
              </label>
              <label>
                Time zone
                <input name="timezone" defaultValue="Asia/Shanghai" />
              </label>
              <label>
                Currency
                <input name="currency" defaultValue="CNY" size={5} />
              </label>
              <button className="btn btn-primary" type="submit" style={{ alignSelf: "flex-end" }}>
                Create
              </button>
            </Form>
            {result?.error ? <p className="notice error">{result.error}</p> : null}
          </div>
        ) : null}
      </main>
    </>
  );
}
