// The header every FACT page shares: title, period, the date control, and the command that
// prints the same figures.
import { DateRangeFilter } from "~/components/date-range";
import type { Preset } from "~/domain/range";
import { PILLAR_DESCRIPTIONS, PILLAR_NAMES, type Pillar } from "~/domain/pillars";

export function FactHeader({
  pillar,
  title,
  range,
  timezone,
  children,
}: {
  pillar?: Pillar;
  title?: string;
  range: { from: string; to: string; preset: Preset; previous: { from: string; to: string } };
  timezone: string;
  children?: React.ReactNode;
}) {
  return (
    <div className="page-header">
      <div>
        <h1>
          {pillar ? <span className={`pill ${pillar} pill-lg`}>{pillar}</span> : null} {title ?? (pillar ? PILLAR_NAMES[pillar] : "")}
        </h1>
        <div className="sub">
          {pillar ? `${PILLAR_DESCRIPTIONS[pillar]} · ` : ""}
          {range.from} → {range.to} · compared with {range.previous.from} → {range.previous.to} · days in {timezone}
        </div>
      </div>
      <DateRangeFilter from={range.from} to={range.to} preset={range.preset}>
        {children}
      </DateRangeFilter>
    </div>
  );
}

/** The command that prints a page's figures, so an analyst can check them. */
export function CliHint({ slug, from, to, split }: { slug: string; from: string; to: string; split: "pillar" | "account" | "campaign" }) {
  return (
    <p className="cli-hint small muted">
      Same figures: <code>npx factloop report fact --merchant {slug} --from {from} --to {to} --split {split}</code>
    </p>
  );
}
