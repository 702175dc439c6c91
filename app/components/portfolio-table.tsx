// Every merchant side by side: sortable columns, each row opening that merchant.
import { Link } from "~/components/link";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { PILLAR_COLORS } from "~/domain/pillars";
import { useFormat } from "./use-format";
import type { PortfolioRow } from "~/services/portfolio.server";

type SortKey = "name" | "gmv" | "gmvChange" | "netGmv" | "loopRate" | "ugcReach" | "topKolShare" | "forecast28" | "gmvVsPeers";

const ROLES = { owner: 1, admin: 1, analyst: 1, viewer: 1, editor: 1 } as const;

// `title` is the English of `portfolio.title.<key>` (the tooltip is translated)
const COLUMNS: { key: SortKey; label: string; title: string }[] = [
  { key: "name", label: "Merchant", title: "" },
  { key: "gmv", label: "GMV", title: "Paid order value in the period" },
  { key: "gmvChange", label: "Change", title: "GMV against the previous period of the same length" },
  { key: "netGmv", label: "Net GMV", title: "GMV less refunds" },
  { key: "loopRate", label: "Loop rate", title: "Sharing ÷ Purchase: buyer content fed back per purchase" },
  { key: "ugcReach", label: "UGC reach", title: "Impressions of buyer content ÷ Exploration" },
  { key: "topKolShare", label: "Top-KOL share", title: "Share of GMV from head influencers: dependency on a few creators" },
  { key: "forecast28", label: "Next 28 days", title: "Forecast GMV for the 28 days after the merchant's latest data" },
  { key: "gmvVsPeers", label: "vs peers", title: "GMV ÷ the median of the other merchants of the same category that you can see" },
];

const ratioX = (v: number | null) => (v === null ? "—" : `${v.toFixed(2)}×`);

export function PortfolioTable({ rows }: { rows: PortfolioRow[] }) {
  const { t } = useTranslation();
  // loop rate is buyer content per purchase, often several: a multiple, never "836%"
  const { moneyShort: formatMoneyShort, change: formatChange, percent, multiple } = useFormat();
  const formatPercent = (r: number | null) => percent(r);
  const label = (key: SortKey) =>
    key === "gmv" ? t("kpi.gmv") : key === "netGmv" ? t("kpi.netGmv") : key === "loopRate" ? t("col.loop_rate") : key === "ugcReach" ? t("col.ugc_reach") : t(`portfolio.${key as "name"}`);
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: "gmv", desc: true });
  const sorted = useMemo(() => {
    const s = [...rows];
    s.sort((a, b) => {
      const va = a[sort.key];
      const vb = b[sort.key];
      if (va === vb) return 0;
      if (va === null) return 1;
      if (vb === null) return -1;
      const c = typeof va === "string" ? va.localeCompare(String(vb)) : (va as number) - (vb as number);
      return sort.desc ? -c : c;
    });
    return s;
  }, [rows, sort]);
  return (
    <div className="card table-scroll">
      <table className="data portfolio">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} className={c.key === "name" ? "" : "num"} title={c.title ? t(`portfolio.title.${c.key as "gmv"}`) : undefined} aria-sort={sort.key === c.key ? (sort.desc ? "descending" : "ascending") : "none"}>
                <button
                  type="button"
                  className="sort"
                  onClick={() => setSort((s) => ({ key: c.key, desc: s.key === c.key ? !s.desc : c.key !== "name" }))}
                >
                  {label(c.key)}
                  {sort.key === c.key ? (sort.desc ? " ↓" : " ↑") : ""}
                </button>
              </th>
            ))}
            <th>{t("portfolio.mix")}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.slug} data-merchant={r.slug}>
              <td style={{ minWidth: "9em" }}>
                <Link to={`/m/${r.slug}`}>{r.name}</Link>
                <div className="muted small">
                  {r.category || t("portfolio.noCategory")} · {r.role in ROLES ? t(`roles.${r.role as "owner"}`) : r.role}
                  {r.span ? "" : t("portfolio.noData")}
                </div>
              </td>
              <td className="num">{formatMoneyShort(r.gmv, r.currency)}</td>
              <td className="num">{formatChange(r.gmvChange)}</td>
              <td className="num">
                {formatMoneyShort(r.netGmv, r.currency)}
                <div className="muted small">{formatChange(r.netGmvChange)}</div>
              </td>
              <td className="num">{multiple(r.loopRate)}</td>
              <td className="num">{formatPercent(r.ugcReach)}</td>
              <td className="num">{formatPercent(r.topKolShare)}</td>
              <td className="num">{r.forecast28 === null ? "—" : formatMoneyShort(r.forecast28, r.currency)}</td>
              <td className="num" title={r.peers ? t("portfolio.peers", { n: r.peers }) : t("portfolio.noPeers")}>
                {ratioX(r.gmvVsPeers)}
              </td>
              <td style={{ minWidth: 140 }}>
                <div className="mix-bar" aria-label={r.mix.map((m) => `${t(`pillar.name.${m.pillar}`)} ${formatPercent(m.share)}`).join(", ")}>
                  {r.mix.map((m) => (
                    <span key={m.pillar} title={`${t(`pillar.name.${m.pillar}`)} ${formatPercent(m.share)}`} style={{ width: `${(m.share ?? 0) * 100}%`, background: PILLAR_COLORS[m.pillar] }} />
                  ))}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
