// The phase pages' tabs; links keep the page's date range.
import { useLocation } from "@remix-run/react";
import { NavLink } from "~/components/link";
import { useTranslation } from "react-i18next";

const TABS = [
  ["", "phases.tabFunnel"],
  ["/loop", "phases.tabLoop"],
  ["/confirmation", "phases.tabConfirmation"],
  ["/definitions", "phases.tabDefinitions"],
] as const;

export function PhaseTabs({ base }: { base: string }) {
  const location = useLocation();
  const { t } = useTranslation();
  const p = new URLSearchParams(location.search);
  const keep = new URLSearchParams();
  for (const k of ["from", "to", "range"]) {
    const v = p.get(k);
    if (v) keep.set(k, v);
  }
  const q = keep.toString() ? `?${keep}` : "";
  return (
    <nav className="phase-tabs no-print" aria-label={t("phases.tabs")}>
      {TABS.map(([path, label]) => (
        <NavLink key={path} to={`${base}${path}${q}`} end>
          {t(label)}
        </NavLink>
      ))}
    </nav>
  );
}
