// factloop import KIND FILE... --merchant SLUG [--skip-bad-rows] [--dry-run] [--mapping FILE]
//   [--encoding utf-8|gbk|gb18030] [--separator comma|semicolon|tab] [--json]
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { mappingProblems } from "../../domain/import/aliases";
import { IMPORT_KINDS, isImportKind } from "../../domain/import/kinds";
import { summarize, type ImportReport } from "../../domain/import/report";
import { waitingMessage } from "../../domain/jobs";
import { importFile } from "../../services/import/import.server";
import { saveMapping } from "../../services/import/mappings.server";
import { findMerchant } from "../../services/merchants.server";
import { dbFrom, EXIT, InputError, parse, UsageError, type CliIo } from "../io";

const SHOWN_ERRORS = 20;

/** --encoding: GBK files are read as GB18030, which holds all of GBK. */
const ENCODINGS: Record<string, "utf-8" | "gb18030"> = { "utf-8": "utf-8", utf8: "utf-8", gbk: "gb18030", gb18030: "gb18030" };
const SEPARATORS: Record<string, "," | ";" | "\t"> = { comma: ",", ",": ",", semicolon: ";", ";": ";", tab: "\t", "\t": "\t", "\\t": "\t" };

function readMapping(path: string): Record<string, string> {
  if (!existsSync(path)) throw new InputError(`--mapping ${path}: no such file`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new InputError(`--mapping ${path}: not valid JSON (${(e as Error).message})`);
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    throw new InputError(`--mapping ${path}: must be a JSON object of header → field, for example {"review_score": "rating"}`);
  }
  return raw as Record<string, string>;
}

function printHuman(io: CliIo, r: ImportReport): void {
  const say = r.status === "failed" ? io.err : io.out;
  say(summarize(r));
  const how = [r.format, r.encoding, r.separator].filter(Boolean).join(", ");
  if (how) io.out(`  read as ${how}`);
  for (const w of r.warnings) {
    io.out(`  warning: ${w.message}${w.examples.length ? ` (for example ${w.examples.map((e) => `"${e}"`).join(", ")})` : ""}`);
  }
  for (const e of r.errors.slice(0, SHOWN_ERRORS)) say(`  ${r.fileName}: ${e.message}`);
  if (r.errorCount > SHOWN_ERRORS) say(`  … and ${(r.errorCount - SHOWN_ERRORS).toLocaleString("en-US")} more`);
  if (r.rejectedFile) io.out(`  rejected rows with the reason for each: ${r.rejectedFile}`);
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    merchant: { type: "string" },
    "skip-bad-rows": { type: "boolean" },
    "dry-run": { type: "boolean" },
    mapping: { type: "string" },
    encoding: { type: "string" },
    separator: { type: "string" },
    json: { type: "boolean" },
  });
  const encoding = values.encoding === undefined ? undefined : ENCODINGS[values.encoding.toLowerCase()];
  if (values.encoding !== undefined && !encoding) {
    throw new UsageError(`--encoding must be utf-8, gbk or gb18030 (got "${values.encoding}"); without it the encoding is detected`);
  }
  const separator = values.separator === undefined ? undefined : SEPARATORS[values.separator.toLowerCase()];
  if (values.separator !== undefined && !separator) {
    throw new UsageError(`--separator must be comma, semicolon or tab (got "${values.separator}"); without it the separator is detected`);
  }
  const [kind, ...files] = positionals;
  if (!kind || !isImportKind(kind)) {
    throw new UsageError(`import needs a KIND: one of ${IMPORT_KINDS.join(", ")}${kind ? ` (got "${kind}")` : ""}`);
  }
  if (files.length === 0) throw new UsageError("import needs at least one FILE");
  if (!values.merchant) throw new UsageError("import needs --merchant SLUG");
  for (const f of files) {
    if (!existsSync(f) || !statSync(f).isFile()) throw new InputError(`${f}: no such file`);
  }
  const db = dbFrom(values);
  const merchant = findMerchant(db, values.merchant);
  if (!merchant) throw new InputError(`There is no merchant "${values.merchant}" (create it with: factloop merchant create ${values.merchant})`);

  let mapping: Record<string, string> | undefined;
  if (values.mapping) {
    mapping = readMapping(values.mapping);
    const problems = mappingProblems(kind, mapping);
    if (problems.length) throw new InputError(`--mapping ${values.mapping}: ${problems.join("; ")}`);
    if (!values["dry-run"]) saveMapping(db, merchant, kind, mapping);
  }

  const reports: ImportReport[] = [];
  for (const path of files) {
    reports.push(
      await importFile(db, merchant, {
        kind,
        path,
        fileName: basename(path),
        skipBadRows: !!values["skip-bad-rows"],
        dryRun: !!values["dry-run"],
        mapping,
        encoding,
        separator,
        // another import, undo or settings change holds the writer: say so, then wait for it
        onWait: (w) => io.err(waitingMessage(w.running, w.ahead)),
      }),
    );
  }
  if (values.json) io.out(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2));
  else for (const r of reports) printHuman(io, r);
  return reports.some((r) => r.status === "failed") ? EXIT.badInput : EXIT.ok;
}
