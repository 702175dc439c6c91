// The Infinity Model pages: one header, date range and tabs over the funnel, the loop,
// confirmation & cohorts, and the phase definitions.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { RangeLine, RangeNotices } from "~/components/range-notices";
import { Outlet, useLoaderData, useLocation } from "@remix-run/react";
import { Link } from "~/components/link";
import { DateRangeFilter } from "~/components/date-range";
import { PhaseTabs } from "~/components/phases/phase-tabs";
import { usesDefaultDefinitions } from "~/domain/phases/columns";
import { PHASES } from "~/domain/settings";
import { rangeFromUrl } from "~/services/page-range.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const range = rangeFromUrl(db, merchant, new URL(request.url));
  const defs = merchant.settings.phaseDefinitions;
  return {
    merchant: shownMerchant(merchant),
    range,
    definitions: { phases: defs, defaults: usesDefaultDefinitions(defs) },
  };
}

export default function PhasesLayout() {
  const { merchant, range, definitions } = useLoaderData<typeof loader>();
  const location = useLocation();
  const base = `/m/${merchant.slug}/phases`;
  const { t } = useTranslation();
  const onDefinitions = location.pathname.endsWith("/definitions");
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>{t("phases.title")}</h1>
          <div className="sub">
            <RangeLine range={range} timezone={merchant.timezone} />
          </div>
        </div>
        {onDefinitions ? null : <DateRangeFilter from={range.from} to={range.to} preset={range.preset} />}
      </div>
      <PhaseTabs base={base} />
      {onDefinitions ? null : <RangeNotices range={range} />}
      {range.span || onDefinitions ? (
        <Outlet />
      ) : (
        <div className="card empty">
          <h2>{t("phases.noData")}</h2>
          <p>
            {t("phases.noDataText")} <Link to={`/m/${merchant.slug}/import`}>{t("overview.goImport")}</Link>
          </p>
        </div>
      )}
      {onDefinitions ? null : (
        <p className="small muted" data-definitions>
          {definitions.defaults ? t("phases.asContract") : t("phases.asMerchant")}{" "}
          {PHASES.map((p) => `${t(`phase.name.${p}`)} = ${definitions.phases[p].map((c) => t(`phases.counter.${c}`)).join(" + ")}`).join(" · ")}.{" "}
          <Link to={`${base}/definitions`}>{t("phases.change")}</Link>
        </p>
      )}
    </div>
  );
}
