// The header every FACT page shares: title, period, the date control, notices about the period,
// and the command that prints the same figures.
import { useTranslation } from "react-i18next";
import { DateRangeFilter } from "~/components/date-range";
import { RangeLine, RangeNotices } from "~/components/range-notices";
import type { Preset } from "~/domain/range";
import type { Pillar } from "~/domain/pillars";

export function FactHeader({
  pillar,
  title,
  range,
  timezone,
  children,
}: {
  pillar?: Pillar;
  title?: string;
  range: {
    from: string;
    to: string;
    preset: Preset;
    previous: { from: string; to: string };
    span?: { from: string; to: string } | null;
    invalidDates?: { from: string; to: string } | null;
    lastYear?: { from: string; to: string } | null;
  };
  timezone: string;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="page-header">
        <div>
          <h1>
            {pillar ? <span className={`pill ${pillar} pill-lg`}>{pillar}</span> : null} {title ?? (pillar ? t(`pillar.name.${pillar}`) : "")}
          </h1>
          <div className="sub">
            {pillar ? `${t(`pillar.description.${pillar}`)} · ` : ""}
            <RangeLine range={range} timezone={timezone} />
          </div>
        </div>
        <DateRangeFilter from={range.from} to={range.to} preset={range.preset}>
          {children}
        </DateRangeFilter>
      </div>
      <RangeNotices range={{ ...range, span: range.span ?? null }} />
    </>
  );
}

/** The command that prints a page's figures, so an analyst can check them. */
export function CliHint({ slug, from, to, split }: { slug: string; from: string; to: string; split: "pillar" | "account" | "campaign" }) {
  const { t } = useTranslation();
  return (
    <p className="cli-hint small muted">
      {t("common.sameFigures")} <code>npx factloop report fact --merchant {slug} --from {from} --to {to} --split {split}</code>
    </p>
  );
}
