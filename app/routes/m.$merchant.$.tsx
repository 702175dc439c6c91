// Any other address inside a merchant: a 404 in the merchant's frame, not the router's raw
// "No route matches URL".
import type { LoaderFunctionArgs } from "@remix-run/node";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { notFound, requireMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  await requireMerchant(request, params.merchant);
  throw notFound();
}

export default function NoSuchPage() {
  return null;
}

export { RouteErrorBoundary as ErrorBoundary };
