import { createWriteStream, writeFileSync } from "node:fs";
import { reportSlices, reportTooLarge } from "../../domain/report/size";
import { splitValueCount } from "../../queries/reports/split-value-count.server";
import { isPhaseMeasure, PHASE_MEASURES } from "../../domain/phases/columns";
import { measureList } from "../../domain/phases/report-query";
import { reportParamsSchema } from "../../domain/report/params";
import { reportCsv, reportJson } from "../../domain/report/serialize";
import { findMerchant } from "../../services/merchants.server";
import { reportXlsx } from "../../services/report-xlsx.server";
import { factReport, phasesReport, resolveRange } from "../../services/reports.server";
import { dbFrom, EXIT, InputError, oneOf, parse, UsageError, type CliIo } from "../io";

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    merchant: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    by: { type: "string" },
    split: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    measures: { type: "string" },
  });
  const kind = oneOf(positionals[0], ["fact", "phases"] as const, "report", "fact");
  if (!positionals[0]) throw new UsageError("report needs fact or phases");
  if (!values.merchant) throw new UsageError("report needs --merchant SLUG");
  const format = oneOf(values.format, ["csv", "json", "xlsx"] as const, "--format", "csv");
  const parsed = reportParamsSchema.safeParse({
    from: values.from,
    to: values.to,
    by: oneOf(values.by, ["day", "week", "month", "total"] as const, "--by", "total"),
    split: oneOf(values.split, ["none", "pillar", "campaign", "account", "content"] as const, "--split", "none"),
  });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `--${i.path.join(".")} ${i.message}`).join("; "));
  // --measures picks phase report columns, exactly as the report builder's measure picker does
  const measures = values.measures === undefined ? undefined : measureList([values.measures]);
  if (measures !== undefined) {
    if (kind !== "phases") throw new UsageError("--measures applies to report phases only");
    const unknown = measures.filter((m) => !isPhaseMeasure(m));
    if (unknown.length || measures.length === 0) {
      throw new UsageError(`--measures must name measures from ${PHASE_MEASURES.join(", ")} (got ${values.measures})`);
    }
  }
  const db = dbFrom(values);
  const merchant = findMerchant(db, values.merchant);
  if (!merchant) throw new InputError(`no merchant "${values.merchant}" (factloop merchant list shows them)`);
  const build = (from?: string, to?: string) =>
    kind === "fact" ? factReport(db, merchant, { ...parsed.data, from, to }) : phasesReport(db, merchant, { ...parsed.data, from, to, measures });
  // a report over the pages' limit is written here streamed, a slice of the range at a time
  const range = resolveRange(db, merchant, parsed.data);
  const tooLarge = reportTooLarge(range.from, range.to, parsed.data.by, splitValueCount(db, merchant.id, range.from, range.to, parsed.data.split));
  if (tooLarge && parsed.data.by !== "total") {
    if (format !== "csv") throw new InputError(`this report has ${tooLarge.rows.toLocaleString("en-US")} rows: write it with --format csv, which is streamed`);
    const out = values.out ? createWriteStream(values.out) : null;
    const write = (text: string) => (out ? new Promise<void>((r) => (out.write(text) ? r() : out.once("drain", () => r()))) : (io.outBytes(text), Promise.resolve()));
    let first = true;
    for (const slice of reportSlices(range.from, range.to, parsed.data.by)) {
      const csv = reportCsv(build(slice.from, slice.to), { bom: first });
      await write(first ? csv : csv.slice(csv.indexOf("\n") + 1));
      first = false;
    }
    if (out) await new Promise<void>((r) => out.end(() => r()));
    return EXIT.ok;
  }
  const table = build(parsed.data.from, parsed.data.to);

  let output: string | Buffer;
  if (format === "json") output = `${JSON.stringify(reportJson(table), null, 2)}\n`;
  else if (format === "csv") output = reportCsv(table);
  else output = await reportXlsx(table);

  if (values.out) writeFileSync(values.out, output);
  else if (format === "xlsx") throw new UsageError("--format xlsx needs --out FILE");
  else io.outBytes(output);
  return EXIT.ok;
}
