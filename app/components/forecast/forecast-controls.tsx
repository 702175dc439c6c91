// The forecast's question as a GET form: pillar, days ahead, interval level, campaigns on or off.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PILLARS } from "~/domain/pillars";

export function ForecastControls({
  pillar,
  horizon,
  level,
  campaigns,
  without = [],
}: {
  pillar: string;
  horizon: number;
  level: number;
  campaigns: boolean;
  /** the what-if's campaigns left out, kept across a new question */
  without?: string[];
}) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="filters" style={{ display: "flex", gap: 8, alignItems: "end", flexWrap: "wrap" }}>
      {without.length ? <input type="hidden" name="without" value={without.join(",")} /> : null}
      <label>
        {t("col.pillar")}{" "}
        <select name="pillar" defaultValue={pillar}>
          <option value="ALL">{t("pillar.all")}</option>
          {PILLARS.map((p) => (
            <option key={p} value={p}>
              {t(`pillar.name.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("forecast.daysAhead")}{" "}
        <select name="horizon" defaultValue={String(horizon)}>
          {[7, 14, 28, 60, 90].map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("forecast.intervalLabel")}{" "}
        <select name="level" defaultValue={String(level)}>
          <option value="80">80%</option>
          <option value="95">95%</option>
        </select>
      </label>
      <label>
        {t("forecast.campaignsLabel")}{" "}
        <select name="campaigns" defaultValue={campaigns ? "on" : "off"}>
          <option value="on">{t("forecast.includedShort")}</option>
          <option value="off">{t("forecast.leftOutShort")}</option>
        </select>
      </label>
      <button className="btn" type="submit">
        {t("common.show")}
      </button>
    </Form>
  );
}
