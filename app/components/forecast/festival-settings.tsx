// The platform festivals a forecast counts as campaign days, each switchable and movable, and
// the country whose public holidays count. One small form per row, posted to the forecast page.
import { Form } from "@remix-run/react";
import { CsrfField } from "~/components/csrf-field";
import { useTranslation } from "react-i18next";
import { messageText } from "~/components/message-text";
import { festivalName } from "~/domain/forecast/explain-messages";
import type { FestivalSetting } from "~/services/forecast-calendar.server";

const COUNTRIES = ["CN", "JP", "none"] as const;

/** `notice` is a message key (saved, or what was wrong with the form). */
export function FestivalSettings({ country, festivals, notice }: { country: string; festivals: FestivalSetting[]; notice?: string | null }) {
  const { t } = useTranslation();
  const name = (id: string) => messageText(t, festivalName(id));
  return (
    <div className="card" data-festival-settings>
      <div className="card-head">
        <h2>{t("forecastPage.festivalsTitle")}</h2>
        <div className="muted">{t("forecastPage.festivalsHelp")}</div>
      </div>
      {notice ? <p className="muted">{t(notice as never)}</p> : null}
      <Form method="post" style={{ display: "flex", gap: 8, alignItems: "end", marginBottom: 8 }}>
        <CsrfField />
        <input type="hidden" name="intent" value="country" />
        <label>
          {t("forecastPage.countryLabel")}{" "}
          <select name="country" defaultValue={country}>
            {COUNTRIES.map((value) => (
              <option key={value} value={value}>
                {t(`forecastPage.country.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <button className="btn" type="submit">{t("forecastPage.save")}</button>
      </Form>
      <div className="table-wrap">
        <table className="data">
          <tbody>
            {festivals.map((f) => (
              <tr key={f.id} data-festival={f.id}>
                <td style={{ minWidth: "8em" }}>{name(f.id)}</td>
                <td colSpan={4}>
                  <Form method="post" style={{ display: "flex", gap: 8, alignItems: "end" }}>
                    <CsrfField />
                    <input type="hidden" name="intent" value="festival" />
                    <input type="hidden" name="festival" value={f.id} />
                    <select name="enabled" defaultValue={f.enabled ? "on" : "off"} aria-label={t("forecastPage.onOff", { name: name(f.id) })}>
                      <option value="on">{t("forecastPage.on")}</option>
                      <option value="off">{t("forecastPage.off")}</option>
                    </select>
                    <input name="from" defaultValue={f.edited ? f.startsOn.slice(5) : ""} placeholder={f.startsOn.slice(5)} aria-label={`${name(f.id)}: ${t("forecastPage.from")}`} size={5} />
                    <input name="to" defaultValue={f.edited ? f.endsOn.slice(5) : ""} placeholder={f.endsOn.slice(5)} aria-label={`${name(f.id)}: ${t("forecastPage.to")}`} size={5} />
                    <button className="btn" type="submit">{t("forecastPage.save")}</button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
