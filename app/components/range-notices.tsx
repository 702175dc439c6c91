// What a dated page says about its period before any figure: dates in the URL that could not be
// read, a period outside the data (where the data starts and ends), a comparison period that
// lies before the data.
import { useTranslation } from "react-i18next";

export interface RangeFacts {
  from: string;
  to: string;
  span: { from: string; to: string } | null;
  invalidDates?: { from: string; to: string } | null;
}

export function RangeNotices({ range }: { range: RangeFacts }) {
  const { t } = useTranslation();
  const outside = range.span !== null && (range.to < range.span.from || range.from > range.span.to);
  return (
    <>
      {range.invalidDates ? (
        <p className="notice" role="status" data-notice="bad-dates">
          {t("common.badDates", { from: range.invalidDates.from || "—", to: range.invalidDates.to || "—" })}
        </p>
      ) : null}
      {outside && range.span ? (
        <p className="notice info" role="status" data-notice="no-data">
          {t("common.noDataInPeriod", { first: range.span.from, last: range.span.to })}
        </p>
      ) : null}
    </>
  );
}

/** The line under a dated page's title: period, comparison, time zone. */
export function RangeLine({
  range,
  timezone,
}: {
  range: { from: string; to: string; previous: { from: string; to: string }; lastYear?: { from: string; to: string } | null };
  timezone: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {t("common.period", { from: range.from, to: range.to })} · {t("common.comparedWith", range.previous)}
      {range.lastYear ? <> · {t("common.lastYear", range.lastYear)}</> : null} · {t("common.daysIn", { tz: timezone })}
    </>
  );
}
