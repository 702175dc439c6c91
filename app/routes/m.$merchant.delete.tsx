// Deleting a merchant (owners): shows what goes, and asks for the merchant's slug to confirm.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useFormat } from "~/components/use-format";
import { pageTitle, tOf } from "~/i18n/t";
import { localeOf } from "~/i18n/i18next.server";
import { CsrfField } from "~/components/csrf-field";
import { audit } from "~/services/audit.server";
import { clientIp } from "~/services/auth/client-ip.server";
import { deleteMerchant, merchantDeletePreview } from "~/services/merchant-delete.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("members.deleteTitle"));

export { RouteErrorBoundary as ErrorBoundary } from "~/components/error-boundary";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "delete");
  return { merchant: shownMerchant(merchant), footprint: merchantDeletePreview(db, merchant) };
}

export async function action({ params, request }: ActionFunctionArgs) {
  const { db, merchant, user } = await requireMerchant(request, params.merchant, "delete");
  const form = await request.formData();
  const locale = await localeOf(request);
  if (String(form.get("confirm") ?? "").trim() !== merchant.slug) {
    return data({ error: tOf(locale)("del.mismatch", { slug: merchant.slug }) }, { status: 400 });
  }
  const footprint = merchantDeletePreview(db, merchant);
  deleteMerchant(db, merchant);
  // logged against the workspace, since the merchant's own log goes with it
  audit(db, { user, ip: clientIp(request) }, { workspaceId: merchant.workspaceId }, "merchant_deleted", { slug: merchant.slug, ...footprint });
  return redirect("/");
}

export default function DeleteMerchant() {
  const { merchant, footprint: f } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <div className="stack narrow">
      <div className="page-header">
        <h1>{t("del.title", { merchant: merchant.name })}</h1>
      </div>
      <div className="confirm">
        <p>
          {t("del.body", {
            orders: fmt.count(f.orders),
            gmv: fmt.money(f.gmv, merchant.currency),
            views: fmt.count(f.views),
            reviews: fmt.count(f.reviews),
            imports: fmt.count(f.imports),
          })}
        </p>
        <Form method="post" className="stack narrow-form">
          <CsrfField />
          <label className="field">
            {t("del.typeToConfirm", { slug: merchant.slug })}
            <input name="confirm" autoComplete="off" required />
          </label>
          {result?.error ? <p className="notice error" role="alert">{result.error}</p> : null}
          <button className="btn btn-danger" type="submit">
            {t("del.button")}
          </button>
        </Form>
      </div>
    </div>
  );
}
