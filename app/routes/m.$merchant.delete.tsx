// Deleting a merchant (owners): shows what goes, and asks for the merchant's slug to confirm.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfField } from "~/components/csrf-field";
import { audit } from "~/services/audit.server";
import { clientIp } from "~/services/auth/client-ip.server";
import { formatCount, formatMoney } from "~/domain/money";
import { deleteMerchant, merchantDeletePreview } from "~/services/merchant-delete.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Delete · ${data?.merchant.name ?? ""} · factloop` }];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "delete");
  return { merchant: shownMerchant(merchant), footprint: merchantDeletePreview(db, merchant) };
}

export async function action({ params, request }: ActionFunctionArgs) {
  const { db, merchant, user } = await requireMerchant(request, params.merchant, "delete");
  const form = await request.formData();
  if (String(form.get("confirm") ?? "").trim() !== merchant.slug) {
    return data({ error: `Type ${merchant.slug} to confirm.` }, { status: 400 });
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
  return (
    <div className="stack narrow">
      <div className="page-header">
        <h1>Delete {merchant.name}</h1>
      </div>
      <div className="confirm">
        <p>
          This deletes the merchant and everything imported for it: {formatCount(f.orders)} orders ({formatMoney(f.gmv, merchant.currency)} GMV),{" "}
          {formatCount(f.views)} content-days of views, {formatCount(f.reviews)} reviews and the history of {formatCount(f.imports)} imports. It
          cannot be undone.
        </p>
        <Form method="post" className="stack narrow-form">
          <CsrfField />
          <label className="field">
            Type {merchant.slug} to confirm
            <input name="confirm" autoComplete="off" required />
          </label>
          {result?.error ? <p className="notice error" role="alert">{result.error}</p> : null}
          <button className="btn btn-danger" type="submit">
            Delete this merchant
          </button>
        </Form>
      </div>
    </div>
  );
}
