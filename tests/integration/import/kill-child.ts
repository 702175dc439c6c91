// Run by kill.test.ts in a child process: imports a file and reports progress on stdout, so the
// test can kill it mid-import.
import { openDb } from "../../../db/client";
import { importFile } from "../../../app/services/import/import.server";
import { findMerchant } from "../../../app/services/merchants.server";

const [dbPath, csv] = process.argv.slice(2);
const db = openDb(dbPath);
const merchant = findMerchant(db, "shop")!;
await importFile(db, merchant, {
  kind: "orders",
  path: csv,
  onProgress: (p) => process.stdout.write(`progress ${p.rowsDone}\n`),
});
process.stdout.write("finished\n");
