// What shaped the forecast: the campaign and festival days ahead with the shape each took and
// where from, the holidays, and a what-if link per campaign that leaves it out or puts it back.
import { useLocation } from "@remix-run/react";
import { Link } from "~/components/link";
import type { CalendarExplanation } from "~/domain/forecast/calendar-explain";
import { Value } from "~/components/data-text";
import { useForecastText } from "./forecast-text";

/** The same page with a campaign added to or taken off the what-if's `without` list. */
export function toggleWithout(search: string, id: string): string {
  const params = new URLSearchParams(search);
  const without = new Set((params.get("without") ?? "").split(",").filter(Boolean));
  if (without.has(id)) without.delete(id);
  else without.add(id);
  if (without.size) params.set("without", [...without].sort().join(","));
  else params.delete("without");
  const q = params.toString();
  return q ? `?${q}` : "?";
}

export function CalendarCard({ calendar }: { calendar: CalendarExplanation }) {
  const { search } = useLocation();
  const { t, message } = useForecastText();
  const whatIfHref = (id: string) => toggleWithout(search, id);
  return (
    <div className="card" data-forecast-calendar>
      <div className="card-head">
        <h2>{t("forecastPage.title")}</h2>
        <div className="muted">{message(calendar.note)}</div>
      </div>
      <h3>{t("forecastPage.campaignsAhead")}</h3>
      {calendar.campaigns.length === 0 ? (
        <p className="muted">{t("forecastPage.noCampaigns")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data">
            <thead>
              <tr>
                <th>{t("forecastPage.colName")}</th>
                <th>{t("forecastPage.colDays")}</th>
                <th>{t("forecastPage.colSource")}</th>
                <th>{t("forecastPage.colShape")}</th>
                <th>{t("forecastPage.colWhatIf")}</th>
              </tr>
            </thead>
            <tbody>
              {calendar.campaigns.map((c) => (
                <tr key={c.id} data-campaign={c.id}>
                  <td>
                    {typeof c.name === "string" ? <Value>{c.name}</Value> : message(c.name)}
                    {c.leftOut ? <div className="muted">{t("forecastPage.leftOut")}</div> : null}
                  </td>
                  <td className="nowrap">
                    {c.startsOn} – {c.endsOn}
                  </td>
                  <td className="nowrap">{c.source === "festival" ? t("forecastPage.festivalDefault") : t("forecastPage.entered")}</td>
                  <td className="sentence">{message(c.note)}</td>
                  <td className="nowrap">
                    <Link to={whatIfHref(c.id)} preventScrollReset>
                      {c.leftOut ? t("forecastPage.include") : t("forecastPage.leaveOut")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t("forecastPage.holidaysAhead")}</h3>
      {calendar.holidays.length === 0 ? (
        <p className="muted">{t("forecastPage.noHolidays")}</p>
      ) : (
        <ul>
          {calendar.holidays.map((h) => (
            <li key={`${h.label}${h.startsOn}`}>
              <Value>{h.label}</Value>: {h.startsOn}
              {h.endsOn !== h.startsOn ? ` – ${h.endsOn}` : ""}. <span className="muted">{message(h.note)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
