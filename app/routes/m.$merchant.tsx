// The merchant shell: navigation every merchant page slots into. Links keep the date range.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData, useLocation, useNavigate } from "@remix-run/react";
import { PILLAR_COLORS, PILLAR_NAMES, type Pillar } from "~/domain/pillars";
import { UserMenu } from "~/components/app-header";
import { can } from "~/domain/auth/roles";
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
    can: { import: can(role, "import"), settings: can(role, "settings"), members: can(role, "members"), audit: can(role, "audit") },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.merchant.name} · factloop` : "factloop" }];

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
  const { merchant, merchants, role, can: allowed } = useLoaderData<typeof loader>();
  const viewer = useViewer();
  const location = useLocation();
  const navigate = useNavigate();
  const base = `/m/${merchant.slug}`;
  const q = keepRange(location.search);
  return (
    <div className="shell">
      <aside className="sidebar">
        <a className="brand" href="/">
          <img src="/favicon.svg" alt="" /> factloop
        </a>
        <div className="merchant-switch">
          <div className="label">Merchant</div>
          <select
            aria-label="Merchant"
            value={merchant.slug}
            onChange={(e) => navigate(`/m/${e.target.value}${location.pathname.slice(base.length)}${q}`)}
          >
            {merchants.map((m) => (
              <option key={m.slug} value={m.slug}>
                {m.name}
              </option>
            ))}
          </select>
          <div className="small" style={{ color: "#7f8aa6", marginTop: 4 }}>
            {merchant.timezone} · {merchant.currency} · {role}
          </div>
        </div>
        <nav className="nav">
          <NavLink to={`${base}${q}`} end>
            Overview
          </NavLink>
          <div className="section">FACT+ pillars</div>
          <NavLink to={`${base}/fact${q}`} end>
            Pillar mix
          </NavLink>
          {PILLAR_PAGES.map(([p, path]) => (
            <NavLink key={p} to={`${base}/fact/${path}${q}`}>
              <span className="dot" style={{ background: PILLAR_COLORS[p] }} />
              {p} · {PILLAR_NAMES[p]}
            </NavLink>
          ))}
          <div className="section">Infinity loop</div>
          <NavLink to={`${base}/phases${q}`}>
            Phases &amp; loop
          </NavLink>
          <NavLink to={`${base}/reports${q}`}>Phase reports</NavLink>
          <div className="section">Plan</div>
          <NavLink to={`${base}/forecast`}>GMV forecast</NavLink>
          <div className="section">Data</div>
          {allowed.import ? <NavLink to={`${base}/import`}>Import</NavLink> : null}
          {allowed.settings ? <NavLink to={`${base}/settings`}>Settings</NavLink> : null}
          {allowed.members ? <NavLink to={`${base}/members`}>Members</NavLink> : null}
          {allowed.audit ? <NavLink to={`${base}/audit`}>Audit log</NavLink> : null}
        </nav>
        {viewer ? (
          <div className="sidebar-user">
            <UserMenu email={viewer.email} />
          </div>
        ) : null}
      </aside>
      <main className="main">
        <Outlet />
      </main>
    </div>
  );
}
