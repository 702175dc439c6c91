// What shaped the forecast: the campaign and festival days ahead with the shape each took and
// where from, the holidays, and a what-if link per campaign that leaves it out or puts it back.
import { Link, useLocation } from "@remix-run/react";
import type { CalendarExplanation } from "~/domain/forecast/calendar-explain";
import { CALENDAR_TEXT as T } from "./calendar-text";

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
  const whatIfHref = (id: string) => toggleWithout(search, id);
  return (
    <div className="card" data-forecast-calendar>
      <div className="card-head">
        <h2>{T.title}</h2>
        <div className="muted">{calendar.note}</div>
      </div>
      <h3>{T.campaignsAhead}</h3>
      {calendar.campaigns.length === 0 ? (
        <p className="muted">{T.noCampaigns}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>{T.columns.name}</th>
              <th>{T.columns.days}</th>
              <th>{T.columns.source}</th>
              <th>{T.columns.shape}</th>
              <th>{T.columns.whatIf}</th>
            </tr>
          </thead>
          <tbody>
            {calendar.campaigns.map((c) => (
              <tr key={c.id} data-campaign={c.id}>
                <td>
                  {c.label}
                  {c.leftOut ? <div className="muted">{T.leftOut}</div> : null}
                </td>
                <td>
                  {c.startsOn} – {c.endsOn}
                </td>
                <td>{c.source === "festival" ? T.festivalDefault : T.entered}</td>
                <td>{c.note}</td>
                <td>
                  <Link to={whatIfHref(c.id)} preventScrollReset>
                    {c.leftOut ? T.include : T.leaveOut}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{T.holidaysAhead}</h3>
      {calendar.holidays.length === 0 ? (
        <p className="muted">{T.noHolidays}</p>
      ) : (
        <ul>
          {calendar.holidays.map((h) => (
            <li key={`${h.label}${h.startsOn}`}>
              {h.label}: {h.startsOn}
              {h.endsOn !== h.startsOn ? ` – ${h.endsOn}` : ""}. <span className="muted">{h.note}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
