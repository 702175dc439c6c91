// The platform festivals a forecast counts as campaign days, each switchable and movable, and
// the country whose public holidays count. One small form per row, posted to the forecast page.
import { Form } from "@remix-run/react";
import { CsrfField } from "~/components/csrf-field";
import { CALENDAR_TEXT as T } from "./calendar-text";

export interface FestivalRow {
  id: string;
  label: string;
  enabled: boolean;
  startsOn: string;
  endsOn: string;
  edited: boolean;
}

export function FestivalSettings({ country, festivals, notice }: { country: string; festivals: FestivalRow[]; notice?: string | null }) {
  return (
    <div className="card" data-festival-settings>
      <div className="card-head">
        <h2>{T.festivalsTitle}</h2>
        <div className="muted">{T.festivalsHelp}</div>
      </div>
      {notice ? <p className="muted">{notice}</p> : null}
      <Form method="post" style={{ display: "flex", gap: 8, alignItems: "end", marginBottom: 8 }}>
        <CsrfField />
        <input type="hidden" name="intent" value="country" />
        <label>
          {T.countryLabel}{" "}
          <select name="country" defaultValue={country}>
            {Object.entries(T.countries).map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{T.save}</button>
      </Form>
      <table className="data">
        <tbody>
          {festivals.map((f) => (
            <tr key={f.id} data-festival={f.id}>
              <td>{f.label}</td>
              <td colSpan={4}>
                <Form method="post" style={{ display: "flex", gap: 8, alignItems: "end" }}>
                  <CsrfField />
                  <input type="hidden" name="intent" value="festival" />
                  <input type="hidden" name="festival" value={f.id} />
                  <select name="enabled" defaultValue={f.enabled ? "on" : "off"} aria-label={`${f.label}: ${T.on}/${T.off}`}>
                    <option value="on">{T.on}</option>
                    <option value="off">{T.off}</option>
                  </select>
                  <input name="from" defaultValue={f.edited ? f.startsOn.slice(5) : ""} placeholder={f.startsOn.slice(5)} aria-label={T.from} size={5} />
                  <input name="to" defaultValue={f.edited ? f.endsOn.slice(5) : ""} placeholder={f.endsOn.slice(5)} aria-label={T.to} size={5} />
                  <button type="submit">{T.save}</button>
                </Form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
