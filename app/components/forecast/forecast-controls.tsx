// The forecast's question as a GET form: pillar, days ahead, interval level, campaigns on or off.
import { Form } from "@remix-run/react";
import { PILLAR_NAMES, PILLARS } from "~/domain/pillars";

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
  return (
    <Form method="get" className="filters" style={{ display: "flex", gap: 8, alignItems: "end", flexWrap: "wrap" }}>
      {without.length ? <input type="hidden" name="without" value={without.join(",")} /> : null}
      <label>
        Pillar{" "}
        <select name="pillar" defaultValue={pillar}>
          <option value="ALL">All pillars</option>
          {PILLARS.map((p) => (
            <option key={p} value={p}>
              {PILLAR_NAMES[p]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Days ahead{" "}
        <select name="horizon" defaultValue={String(horizon)}>
          {[7, 14, 28, 60, 90].map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
        </select>
      </label>
      <label>
        Interval{" "}
        <select name="level" defaultValue={String(level)}>
          <option value="80">80%</option>
          <option value="95">95%</option>
        </select>
      </label>
      <label>
        Entered campaigns{" "}
        <select name="campaigns" defaultValue={campaigns ? "on" : "off"}>
          <option value="on">included</option>
          <option value="off">left out</option>
        </select>
      </label>
      <button type="submit">Show</button>
    </Form>
  );
}
