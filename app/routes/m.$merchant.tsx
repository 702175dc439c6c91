// The merchant shell: navigation every merchant page slots into. Links keep the date range.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Outlet, useLoaderData, useLocation, useNavigate } from "@remix-run/react";
import { NavLink } from "~/components/link";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { PILLAR_COLORS, type Pillar } from "~/domain/pillars";
import { UserMenu } from "~/components/app-header";
import { ErrorPage } from "~/components/error-boundary";
import { LanguageSwitch } from "~/components/language-switch";
import { useFormat } from "~/components/use-format";
import { can } from "~/domain/auth/roles";
import { pageTitle } from "~/i18n/t";
import { useViewer } from "~/root";
import { visibleMerchants } from "~/services/auth/people.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant, user, role } = await requireMerchant(request, params.merchant);
  return {
    merchant: shownMerchant(merchant),
    // only the merchants this person may see: the switcher must not list another client's shop
    merchants: visibleMerchants(db, user.id).map((m) => ({ slug: m.slug, name: m.name })),
    role,
    // a settings change still re-deriving: the pages say which days follow the new rules yet
    rederiving: merchant.rederiveThrough,
    can: { import: can(role, "import"), settings: can(role, "settings"), members: can(role, "members"), audit: can(role, "audit") },
  };
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, (t) => t("overview.title"));

const PILLAR_PAGES: [Pillar, string][] = [
  ["F", "field"],
  ["A", "alliance"],
  ["C", "campaign"],
  ["T", "top-kol"],
  ["S", "shelf"],
];

/** Carries the date range (and only it) from page to page. */
function keepRange(search: string): string {
  const p = new URLSearchParams(search);
  const keep = new URLSearchParams();
  for (const k of ["from", "to", "range"]) {
    const v = p.get(k);
    if (v) keep.set(k, v);
  }
  const s = keep.toString();
  return s ? `?${s}` : "";
}

export default function MerchantLayout() {
  const { merchant, merchants, role, rederiving, can: allowed } = useLoaderData<typeof loader>();
  const viewer = useViewer();
  const location = useLocation();
  const navigate = useNavigate();
  const { t } = useTranslation();
  const f = useFormat();
  const [navOpen, setNavOpen] = useState(false);
  // a phone's menu closes once a link was followed
  useEffect(() => setNavOpen(false), [location.pathname, location.search]);
  const base = `/m/${merchant.slug}`;
  const q = keepRange(location.search);
  return (
    <div className="shell">
      <aside className={`sidebar ${navOpen ? "open" : ""}`}>
        <div className="sidebar-top">
          <a className="brand" href="/">
            <img src="/favicon.svg" alt="" /> factloop
          </a>
          <button type="button" className="nav-toggle" aria-expanded={navOpen} aria-controls="merchant-nav" onClick={() => setNavOpen((o) => !o)}>
            <span aria-hidden="true">☰</span> {t("nav.open")}
          </button>
        </div>
        <div className="sidebar-body" id="merchant-nav">
          <div className="merchant-switch">
            <label className="label" htmlFor="merchant-select">
              {t("nav.merchant")}
            </label>
            <select
              id="merchant-select"
              value={merchant.slug}
              onChange={(e) => navigate(`/m/${e.target.value}${location.pathname.slice(base.length)}${q}`)}
            >
              {merchants.map((m) => (
                <option key={m.slug} value={m.slug}>
                  {m.name}
                </option>
              ))}
            </select>
            <div className="small merchant-meta">
              {merchant.timezone} · {merchant.currency} · {role in ROLE_KEYS ? t(ROLE_KEYS[role as keyof typeof ROLE_KEYS]) : role}
            </div>
          </div>
          <nav className="nav" aria-label={t("nav.main")}>
            <NavLink to={`${base}${q}`} end>
              {t("nav.overview")}
            </NavLink>
            <div className="section">{t("nav.factSection")}</div>
            <NavLink to={`${base}/fact${q}`} end>
              {t("nav.pillarMix")}
            </NavLink>
            {PILLAR_PAGES.map(([p, path]) => (
              <NavLink key={p} to={`${base}/fact/${path}${q}`}>
                <span className="dot" style={{ background: PILLAR_COLORS[p] }} />
                {p} · {t(`pillar.name.${p}`)}
              </NavLink>
            ))}
            <div className="section">{t("nav.loopSection")}</div>
            <NavLink to={`${base}/phases${q}`}>{t("nav.phases")}</NavLink>
            <NavLink to={`${base}/reports${q}`}>{t("nav.reports")}</NavLink>
            <div className="section">{t("nav.planSection")}</div>
            <NavLink to={`${base}/forecast`}>{t("nav.forecast")}</NavLink>
            {PLANNER_PAGES.map(([path, key]) => (
              <NavLink key={path} to={`${base}/${path}`}>
                {t(key)}
              </NavLink>
            ))}
            <div className="section">{t("nav.dataSection")}</div>
            <NavLink to={`${base}/orders${q}`}>{t("nav.orders")}</NavLink>
            <Form method="get" action={`${base}/orders`} className="order-search" role="search">
              <label className="sr-only" htmlFor="order-search">
                {t("nav.orderSearch")}
              </label>
              <input id="order-search" name="id" placeholder={t("nav.orderSearch")} autoComplete="off" />
              <button className="btn" type="submit">
                {t("nav.orderSearchGo")}
              </button>
            </Form>
            {allowed.import ? <NavLink to={`${base}/import`}>{t("nav.import")}</NavLink> : null}
            {allowed.settings ? <NavLink to={`${base}/settings`}>{t("nav.settings")}</NavLink> : null}
            {allowed.members ? <NavLink to={`${base}/members`}>{t("nav.members")}</NavLink> : null}
            {allowed.audit ? <NavLink to={`${base}/audit`}>{t("nav.audit")}</NavLink> : null}
            {allowed.audit ? <NavLink to={`${base}/jobs`}>{t("jobs.title")}</NavLink> : null}
          </nav>
          <div className="sidebar-user">
            <LanguageSwitch />
            {viewer ? <UserMenu email={viewer.email} /> : null}
          </div>
        </div>
      </aside>
      <main className="main" id="main">
        {rederiving !== null ? (
          <p className="notice" role="status" data-notice="rederiving">
            {rederiving ? t("nav.rederivingThrough", { day: f.date(rederiving) }) : t("nav.rederiving")}
          </p>
        ) : null}
        <Outlet />
      </main>
    </div>
  );
}

const ROLE_KEYS = { owner: "roles.owner", admin: "roles.admin", analyst: "roles.analyst", viewer: "roles.viewer", editor: "roles.editor" } as const;

/** The KOL planner's pages, once they exist (routes m.$merchant.creators / plans / seeding). */
const PLANNER_PAGES: [string, "nav.creators" | "nav.plans" | "nav.seeding"][] = [
  ["creators", "nav.creators"],
  ["plans", "nav.plans"],
  ["seeding", "nav.seeding"],
];

/** A merchant that is not there (or not yours) keeps the plain error page; its pages keep this frame. */
export function ErrorBoundary() {
  return (
    <main className="error-page">
      <ErrorPage home />
    </main>
  );
}
