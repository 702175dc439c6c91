// The Infinity Model pages: one header, date range and tabs over the funnel, the loop,
// confirmation & cohorts, and the phase definitions.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, Outlet, useLoaderData, useLocation } from "@remix-run/react";
import { DateRangeFilter } from "~/components/date-range";
import { PhaseTabs } from "~/components/phases/phase-tabs";
import { describeDefinition } from "~/domain/phases";
import { usesDefaultDefinitions } from "~/domain/phases/columns";
import { rangeFromUrl } from "~/services/page-range.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const range = rangeFromUrl(db, merchant, new URL(request.url));
  const defs = merchant.settings.phaseDefinitions;
  return {
    merchant: shownMerchant(merchant),
    range,
    definitions: { text: describeDefinition(defs), defaults: usesDefaultDefinitions(defs) },
  };
}

export default function PhasesLayout() {
  const { merchant, range, definitions } = useLoaderData<typeof loader>();
  const location = useLocation();
  const base = `/m/${merchant.slug}/phases`;
  const onDefinitions = location.pathname.endsWith("/definitions");
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>Infinity loop</h1>
          <div className="sub">
            {range.from} → {range.to} · compared with {range.previous.from} → {range.previous.to} · days in {merchant.timezone}
          </div>
        </div>
        {onDefinitions ? null : <DateRangeFilter from={range.from} to={range.to} preset={range.preset} />}
      </div>
      <PhaseTabs base={base} />
      {range.span || onDefinitions ? (
        <Outlet />
      ) : (
        <div className="card empty">
          <h2>No data yet</h2>
          <p>
            Import content views, orders and reviews to see the six phases. <Link to={`/m/${merchant.slug}/import`}>Go to import</Link>
          </p>
        </div>
      )}
      {onDefinitions ? null : (
        <p className="small muted" data-definitions>
          Phases as {definitions.defaults ? "the contract defines them" : "this merchant defines them"}: {definitions.text.join(" · ")}.{" "}
          <Link to={`${base}/definitions`}>Change</Link>
        </p>
      )}
    </div>
  );
}
