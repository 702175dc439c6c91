// factloop creators: the roster of the creators page, one row per creator and format.
import { rosterLineForFile, rowsCsv } from "../../domain/planner/roster-line";
import { isDay } from "../../domain/time";
import { rosterLines } from "../../services/planner/roster.server";
import { findMerchant } from "../../services/merchants.server";
import { dbFrom, EXIT, InputError, oneOf, parse, UsageError, type CliIo } from "../io";

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { merchant: { type: "string" }, "as-of": { type: "string" }, format: { type: "string" } });
  if (positionals.length) throw new UsageError(`unexpected argument ${positionals[0]}`);
  if (!values.merchant) throw new UsageError("creators needs --merchant SLUG");
  const format = oneOf(values.format, ["json", "csv"] as const, "--format", "json");
  const asOf = values["as-of"];
  if (asOf !== undefined && !isDay(asOf)) throw new UsageError(`--as-of must be a date such as 2026-06-30 (got ${asOf})`);
  const db = dbFrom(values);
  try {
    const merchant = findMerchant(db, values.merchant);
    if (!merchant) throw new InputError(`no merchant "${values.merchant}" (factloop merchant list shows them)`);
    const r = rosterLines(db, merchant, asOf);
    const rows = r.lines.map(rosterLineForFile);
    if (format === "csv") io.out(rowsCsv(rows));
    else io.out(JSON.stringify({ report: "creators", merchant: merchant.slug, as_of: r.asOf, rows }, null, 2));
    return EXIT.ok;
  } finally {
    db.$client.close();
  }
}
