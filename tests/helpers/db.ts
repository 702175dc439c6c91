// A migrated database per test, in a temp folder (or in memory), closed after use.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDb, type Db } from "../../db/client";
import { createMerchant, type MerchantContext } from "../../app/services/merchants.server";

export function memoryDb(): Db {
  return openDb(":memory:");
}

export function tempDbPath(): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "factloop-test-"));
  return { path: join(dir, "test.sqlite"), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function makeMerchant(db: Db, slug = "shop", timezone = "Asia/Shanghai"): MerchantContext {
  const r = createMerchant(db, { slug, name: slug, timezone });
  if (!r.ok) throw new Error(r.error);
  return r.merchant;
}
