// Toggle chips that narrow a page to some pillars, kept in the URL (`?pillars=F,A`).
import { useLocation } from "@remix-run/react";
import { Link } from "~/components/link";
import { useTranslation } from "react-i18next";
import { PILLARS, type Pillar } from "~/domain/pillars";

export function PillarFilter({ selected }: { selected: readonly Pillar[] }) {
  const location = useLocation();
  const { t } = useTranslation();
  const hrefWith = (next: Pillar[]) => {
    const p = new URLSearchParams(location.search);
    if (next.length === 0 || next.length === PILLARS.length) p.delete("pillars");
    else p.set("pillars", next.join(","));
    const s = p.toString();
    return `${location.pathname}${s ? `?${s}` : ""}`;
  };
  return (
    <div className="row" role="group" aria-label={t("common.pillars")} style={{ gap: 4 }}>
      {PILLARS.map((p) => {
        const on = selected.length === 0 || selected.includes(p);
        const next = selected.length === 0 ? PILLARS.filter((x) => x !== p) : on ? selected.filter((x) => x !== p) : [...selected, p];
        return (
          <Link
            key={p}
            to={hrefWith([...next])}
            className={`pill ${on ? p : ""}`}
            title={t(on ? "common.hidePillar" : "common.showPillar", { name: t(`pillar.name.${p}`) })}
            aria-current={on ? "true" : undefined}
            style={{ opacity: on ? 1 : 0.55, textDecoration: "none" }}
          >
            {p}
          </Link>
        );
      })}
    </div>
  );
}
