// The phase pages' tabs; links keep the page's date range.
import { NavLink, useLocation } from "@remix-run/react";

const TABS = [
  ["", "Funnel & split"],
  ["/loop", "The loop"],
  ["/confirmation", "Confirmation & cohorts"],
  ["/definitions", "Phase definitions"],
] as const;

export function PhaseTabs({ base }: { base: string }) {
  const location = useLocation();
  const p = new URLSearchParams(location.search);
  const keep = new URLSearchParams();
  for (const k of ["from", "to", "range"]) {
    const v = p.get(k);
    if (v) keep.set(k, v);
  }
  const q = keep.toString() ? `?${keep}` : "";
  return (
    <nav className="phase-tabs no-print" aria-label="Phase pages">
      {TABS.map(([path, label]) => (
        <NavLink key={path} to={`${base}${path}${q}`} end>
          {label}
        </NavLink>
      ))}
    </nav>
  );
}
