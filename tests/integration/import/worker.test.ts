// A CSV read and checked in a second thread (docs/decisions/011) must give exactly what the
// single-threaded import gives: the same rows, rollups, report (every error with its line,
// column and message, every warning) and rejected-rows file, on the demo's files and on every
// bad-input fixture. The worker is asked for by name ("on"), which fails rather than quietly
// reading on one thread, so these imports did go through the thread.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDb, type Db } from "../../../db/client";
import { importFile, type ImportOptions } from "../../../app/services/import/import.server";
import type { ImportKind } from "../../../app/domain/import/kinds";
import type { ImportReport } from "../../../app/domain/import/report";
import { generateDemo } from "../../../seeds/demo-data";
import { toCsv } from "../../../seeds/csv";
import { makeMerchant } from "../../helpers/db";
import { dumpData, fixture } from "./helpers";

const dir = mkdtempSync(join(tmpdir(), "factloop-worker-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let dbs = 0;
function freshDb(): Db {
  return openDb(join(dir, `db-${++dbs}.sqlite`));
}

/** The report without what differs from run to run: times, and the folder of the rejected-rows file. */
function comparable(r: ImportReport): unknown {
  const { durationMs: _d, rowsPerSecond: _r, timings: _t, rejectedFile, ...rest } = r;
  return { ...rest, rejectedFile: rejectedFile === null ? null : readFileSync(rejectedFile, "utf8") };
}

/** Imports the files in turn into a fresh database, on one thread or two; the reports and every table. */
async function run(worker: "on" | "off", files: { kind: ImportKind; path: string }[], o: Partial<ImportOptions> = {}) {
  const db = freshDb();
  try {
    const m = makeMerchant(db);
    const reports: unknown[] = [];
    for (const f of files) reports.push(comparable(await importFile(db, m, { ...o, kind: f.kind, path: f.path, worker })));
    // every data table and the schema; the merchant row aside (it holds the second it was made)
    return { reports, data: dumpData(db).split("\n").filter((l) => !l.startsWith("merchants ")) };
  } finally {
    db.$client.close();
  }
}

describe("the import's reading thread", () => {
  it("imports the demo's five files exactly as one thread does", async () => {
    const demo = generateDemo();
    const files = (["accounts", "campaigns", "views", "orders", "reviews"] as const).map((kind) => {
      const path = join(dir, `demo-${kind}.csv`);
      writeFileSync(path, toCsv(demo[kind]));
      return { kind, path };
    });
    // the orders file twice: the second time every row meets its stored twin (the journal's path)
    const one = await run("off", [...files, files[3]]);
    const two = await run("on", [...files, files[3]]);
    expect((one.reports as ImportReport[]).map((r) => r.status)).toEqual(["done", "done", "done", "done", "done", "done"]);
    expect((two.reports[3] as ImportReport).inserted).toBe(demo.orders.length);
    expect((two.reports[5] as ImportReport).unchanged).toBe(demo.orders.length);
    expect(two.reports).toEqual(one.reports);
    expect(two.data).toEqual(one.data);
  }, 300_000);

  const csvFixtures = readdirSync(fixture(".")).filter((f) => /\.(csv|tsv)$/.test(f));
  const kindOf = (name: string) => name.split(/[-.]/)[0] as ImportKind;

  for (const name of csvFixtures) {
    for (const skipBadRows of [false, true]) {
      it(`reads ${name}${skipBadRows ? " skipping bad rows" : ""} exactly as one thread does`, async () => {
        const files = [{ kind: kindOf(name), path: fixture(name) }];
        const one = await run("off", files, { skipBadRows });
        const two = await run("on", files, { skipBadRows });
        expect(two.reports).toEqual(one.reports);
        expect(two.data).toEqual(one.data);
      }, 60_000);
    }
  }

  it("rejects a duplicate key in the second thread's rows with the row's own cells", async () => {
    const path = join(dir, "dupes.csv");
    writeFileSync(
      path,
      'order_id,paid_at,gmv,product_name\no1,2026-06-01 10:00:00,10.00,"a, b"\no2,2026-06-01 11:00:00,12.00,c\no1,2026-06-02 10:00:00,"1,010.00","=HYPERLINK()"\n',
    );
    const one = await run("off", [{ kind: "orders", path }], { skipBadRows: true });
    const two = await run("on", [{ kind: "orders", path }], { skipBadRows: true });
    const report = two.reports[0] as ImportReport & { rejectedFile: string };
    expect([report.inserted, report.rejected]).toEqual([2, 1]);
    expect(report.rejectedFile).toContain(`4,"Line 4: order_id ""o1"" appears more than once in this file`);
    expect(report.rejectedFile).toContain(`"1,010.00",'=HYPERLINK()`);
    expect(two).toEqual(one);
  });

  it("stops at the same line when the bytes go wrong part-way through a large file", async () => {
    // past the first 256 KB chunk, where the encoding is sniffed, a byte that is not UTF-8
    const good = Array.from({ length: 10_000 }, (_, i) => `o${i},2026-06-01 10:00:00,${i}.00,商品 ${i}`).join("\n");
    const path = join(dir, "late-bad-bytes.csv");
    writeFileSync(path, Buffer.concat([Buffer.from(`order_id,paid_at,gmv,product_name\n${good}\n`), Buffer.from([0x6f, 0x39, 0x2c, 0xff, 0xfe, 0x0a])]));
    const one = await run("off", [{ kind: "orders", path }]);
    const two = await run("on", [{ kind: "orders", path }]);
    const report = two.reports[0] as ImportReport;
    expect(report.status).toBe("failed");
    expect(report.errors.at(-1)?.line).toBe(10_002);
    expect(two).toEqual(one);
  });

  it("leaves XLSX and JSON files on one thread, even when the thread is asked for", async () => {
    for (const name of ["orders.xlsx", "orders.json"]) {
      const two = await run("on", [{ kind: "orders", path: fixture(name) }]);
      expect((two.reports[0] as ImportReport).status).toBe("done");
    }
  });
});
