// The audit log of a merchant (owners): who did what, when, from where; filtered, exportable.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { pageTitle } from "~/i18n/t";
import { formatLocal } from "~/domain/time";
import { AUDIT_ACTIONS } from "~/domain/audit-actions";
import { auditFilterSchema, auditRows } from "~/services/audit-page.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("audit.title"));

export { RouteErrorBoundary as ErrorBoundary } from "~/components/error-boundary";

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
  const { t } = useTranslation();
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>{t("audit.title")}</h1>
          <div className="sub">{t("audit.sub", { merchant: merchant.name, tz: merchant.timezone })}</div>
        </div>
        <a className="btn" href={`/m/${merchant.slug}/audit/export${search}`}>
          {t("audit.download")}
        </a>
      </div>
      <Form method="get" className="filters card">
        <label>
          {t("audit.action")}
          <select name="action" defaultValue={filter.action ?? ""}>
            <option value="">{t("audit.all")}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`audit.actions.${a}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("audit.person")}
          <input name="user" defaultValue={filter.user ?? ""} placeholder={t("invite.email")} />
        </label>
        <label>
          {t("audit.from")}
          <input name="from" type="date" defaultValue={filter.from ?? ""} />
        </label>
        <label>
          {t("audit.to")}
          <input name="to" type="date" defaultValue={filter.to ?? ""} />
        </label>
        <button className="btn" type="submit" style={{ alignSelf: "flex-end" }}>
          {t("audit.filter")}
        </button>
      </Form>
      <div className="card table-scroll">
        {rows.length === 0 ? (
          <p className="muted">{t("audit.none")}</p>
        ) : (
          <table className="data" aria-label={t("audit.title")}>
            <thead>
              <tr>
                <th>{t("audit.when")}</th>
                <th>{t("audit.who")}</th>
                <th>{t("audit.action")}</th>
                <th>{t("audit.what")}</th>
                <th>{t("audit.address")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-action={r.action}>
                  <td className="num">{r.when}</td>
                  <td>{r.user || "—"}</td>
                  <td className="nowrap">{t(`audit.actions.${r.action}`, { defaultValue: r.action })}</td>
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
