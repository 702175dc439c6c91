// The merchants an agency works for, and a form to add one.
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getDb } from "~/db.server";
import { allMerchants, createMerchant } from "~/services/merchants.server";

export async function loader() {
  return { merchants: allMerchants(getDb()).map((m) => ({ slug: m.slug, name: m.name, timezone: m.timezone, currency: m.currency })) };
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const r = createMerchant(getDb(), {
    slug: String(form.get("slug") ?? ""),
    name: String(form.get("name") ?? "") || undefined,
    timezone: String(form.get("timezone") ?? "") || undefined,
    currency: String(form.get("currency") ?? "") || undefined,
  });
  if (!r.ok) return new Response(JSON.stringify({ error: r.error }), { status: 400, headers: { "Content-Type": "application/json" } });
  return redirect(`/m/${r.merchant.slug}/import`);
}

export default function Merchants() {
  const { merchants } = useLoaderData<typeof loader>();
  const result = useActionData<{ error?: string }>();
  return (
    <main className="main" style={{ maxWidth: 860, margin: "0 auto" }}>
      <div className="page-header">
        <div>
          <h1>factloop</h1>
          <div className="sub">Where sales come from, and how the loop turns: FACT+ pillars, the Infinity funnel and GMV forecasts.</div>
        </div>
      </div>
      <div className="card">
        <div className="card-head">
          <h2>Merchants</h2>
        </div>
        <table className="data">
          <thead>
            <tr>
              <th>Merchant</th>
              <th>Slug</th>
              <th>Time zone</th>
              <th>Currency</th>
            </tr>
          </thead>
          <tbody>
            {merchants.map((m) => (
              <tr key={m.slug}>
                <td>
                  <Link to={`/m/${m.slug}`}>{m.name}</Link>
                </td>
                <td className="muted">{m.slug}</td>
                <td>{m.timezone}</td>
                <td>{m.currency}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="card" style={{ marginTop: 14 }}>
        <div className="card-head">
          <h2>Add a merchant</h2>
        </div>
        <Form method="post" className="filters">
          <label>
            Slug
            <input name="slug" required pattern="[a-z0-9][a-z0-9-]*" placeholder="my-shop" />
          </label>
          <label>
            Name
            <input name="name" placeholder="My Shop 我的店" />
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
    </main>
  );
}
