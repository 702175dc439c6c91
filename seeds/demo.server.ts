// Seeds the demo merchant by writing the contract's files and importing them through the same
// service a merchant's upload goes through.
import { ensureDemoAccess } from "../app/services/auth/people.server";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Db } from "../db/client";
import { importFile } from "../app/services/import/import.server";
import { createMerchant, findMerchant } from "../app/services/merchants.server";
import { toCsv } from "./csv";
import { generateDemo } from "./demo-data";

const KINDS = ["accounts", "campaigns", "views", "orders", "reviews"] as const;

export async function seedDemo(db: Db, opts: { slug?: string; log?: (line: string) => void } = {}): Promise<string> {
  const slug = opts.slug ?? "demo";
  const log = opts.log ?? (() => {});
  let merchant = findMerchant(db, slug);
  if (!merchant) {
    const created = createMerchant(db, { slug, name: "光感美妆 Lumière Beauty (demo)", timezone: "Asia/Shanghai", currency: "CNY", category: "beauty" });
    if (!created.ok) throw new Error(created.error);
    merchant = created.merchant;
  }
  const data = generateDemo();
  const dir = mkdtempSync(join(tmpdir(), "factloop-demo-"));
  const counts: string[] = [];
  try {
    for (const kind of KINDS) {
      const path = join(dir, `demo-${kind}.csv`);
      writeFileSync(path, toCsv(data[kind]));
      const report = await importFile(db, merchant, { kind, path, fileName: `demo-${kind}.csv` });
      if (report.errors.length > 0 || report.status !== "done") {
        throw new Error(`The demo ${kind} file did not import: ${JSON.stringify(report.errors.slice(0, 3))}`);
      }
      log(`  ${kind}: ${report.inserted} new, ${report.replaced} replaced`);
      counts.push(`${data[kind].length} ${kind}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // the demo workspace and its owner, whose generated password opens "Open the demo"
  await ensureDemoAccess(db, slug);
  return `${slug}: ${counts.join(", ")}`;
}
