// The audit log of a merchant (owners): who did what, when, from where; filtered, exportable.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { formatLocal } from "~/domain/time";
import { AUDIT_ACTIONS } from "~/domain/audit-actions";
import { auditFilterSchema, auditRows } from "~/services/audit-page.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Audit log · ${data?.merchant.name ?? ""} · factloop` }];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "audit");
  const url = new URL(request.url);
  const filter = auditFilterSchema.parse(Object.fromEntries(url.searchParams));
  const rows = auditRows(db, merchant, filter, 500).map((r) => ({ ...r, when: formatLocal(r.at, merchant.timezone) }));
  return { merchant: shownMerchant(merchant), filter, rows, search: url.search };
}

function detailText(d: Record<string, unknown>): string {
  return Object.entries(d)
    .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join(" · ");
}

export default function AuditLog() {
  const { merchant, filter, rows, search } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>Audit log</h1>
          <div className="sub">
            Sign-ins of the people who can open {merchant.name}, and every import, undo, settings change, export, plan and membership change.
            Times in {merchant.timezone}; newest first, up to 500 entries.
          </div>
        </div>
        <a className="btn" href={`/m/${merchant.slug}/audit/export${search}`}>
          Download CSV
        </a>
      </div>
      <Form method="get" className="filters card">
        <label>
          Action
          <select name="action" defaultValue={filter.action ?? ""}>
            <option value="">all</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label>
          Person
          <input name="user" defaultValue={filter.user ?? ""} placeholder="email" />
        </label>
        <label>
          From
          <input name="from" type="date" defaultValue={filter.from ?? ""} />
        </label>
        <label>
          To
          <input name="to" type="date" defaultValue={filter.to ?? ""} />
        </label>
        <button className="btn" type="submit" style={{ alignSelf: "flex-end" }}>
          Filter
        </button>
      </Form>
      <div className="card table-scroll">
        {rows.length === 0 ? (
          <p className="muted">Nothing matches these filters.</p>
        ) : (
          <table className="data" aria-label="Audit log">
            <thead>
              <tr>
                <th>When</th>
                <th>Who</th>
                <th>Action</th>
                <th>What</th>
                <th>From</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-action={r.action}>
                  <td className="num">{r.when}</td>
                  <td>{r.user || "—"}</td>
                  <td>{r.action}</td>
                  <td className="small">{detailText(r.detail)}</td>
                  <td className="muted">{r.ip || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
