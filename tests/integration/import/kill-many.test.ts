// kill -9 at random moments during twenty imports (some replacing rows of earlier ones): after
// each, the database passes integrity_check, every batch is whole or absent, and the rollups
// equal a rebuild from the rows. The next import never waits for the dead one.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openDb, type Db } from "../../../db/client";
import { rebuildRollups } from "../../../app/queries/rollups/rebuild.server";
import { listBatches } from "../../../app/services/import/batches.server";
import { findMerchant } from "../../../app/services/merchants.server";
import { makeMerchant, tempDbPath } from "../../helpers/db";

const bin = fileURLToPath(new URL("../../../bin/factloop.js", import.meta.url));
const ROWS = 12_000;

function rollups(db: Db): string {
  const seg = db.$client.prepare("SELECT * FROM segment_day ORDER BY merchant_id, day, pillar, campaign_id, account_id, content_id").all();
  const pd = db.$client.prepare("SELECT * FROM pillar_day ORDER BY merchant_id, day, pillar").all();
  return JSON.stringify({ seg, pd });
}

describe("kill -9 during twenty imports", () => {
  it("leaves every batch whole or absent and the rollups equal a recount", async () => {
    const { path, cleanup } = tempDbPath();
    try {
      const setup = openDb(path);
      makeMerchant(setup);
      setup.$client.close();
      // seeded moments: from before the transaction starts to near its commit
      const delays = fc.sample(fc.integer({ min: 300, max: 2500 }), { numRuns: 20, seed: 14 });
      const outcomes: string[] = [];
      for (let i = 0; i < 20; i++) {
        const csv = join(dirname(path), `f${i}.csv`);
        const lines = ["order_id,paid_at,gmv,quantity,channel,buyer_id"];
        // half of each file replaces rows of the file before it
        for (let k = 0; k < ROWS; k++) {
          const id = k < ROWS / 2 && i > 0 ? `F${i - 1}-${k + ROWS / 2}` : `F${i}-${k}`;
          lines.push(`${id},2024-06-${String(1 + (k % 28)).padStart(2, "0")} 1${i % 10}:00:00,${(k % 700) + i + 1}.25,1,${k % 3 ? "mall" : "live"},B${k % 400}`);
        }
        writeFileSync(csv, `${lines.join("\n")}\n`);
        const child = spawn(process.execPath, [bin, "import", "orders", csv, "--merchant", "shop", "--db", path], { stdio: "ignore", env: { ...process.env, FACTLOOP_JOB_LOG: "off" } });
        const exited = new Promise<string>((r) => child.on("exit", (code, signal) => r(signal ?? `exit ${code}`)));
        const timer = setTimeout(() => child.kill("SIGKILL"), delays[i]);
        outcomes.push(await exited);
        clearTimeout(timer);

        const db = openDb(path);
        try {
          expect(db.$client.pragma("integrity_check", { simple: true })).toBe("ok");
          const merchant = findMerchant(db, "shop")!;
          const batches = listBatches(db, merchant);
          for (const b of batches) {
            const stored = (db.$client.prepare("SELECT count(*) AS n FROM orders WHERE batch_id = ?").get(b.id) as { n: number }).n;
            // rows a later finished batch took over are in its undo journal, naming this batch
            const takenOver = (
              db.$client.prepare("SELECT count(*) AS n FROM import_replaced WHERE previous_batch_id = ?").get(b.id) as { n: number }
            ).n;
            if (b.status === "done") expect(stored + takenOver, `batch ${b.id}`).toBe(b.report!.inserted + b.report!.replaced + b.report!.unchanged);
            else expect([b.status, stored], `batch ${b.id}`).toEqual([b.status === "running" ? "failed" : b.status, 0]);
          }
          const stored = rollups(db);
          db.$client.exec("SAVEPOINT recount");
          rebuildRollups(db, merchant.id);
          expect(rollups(db)).toBe(stored);
          db.$client.exec("ROLLBACK TO recount");
          db.$client.exec("RELEASE recount");
        } finally {
          db.$client.close();
        }
      }
      // the moments fell both mid-import and after it: some killed, some finished
      expect(outcomes).toContain("SIGKILL");
    } finally {
      cleanup();
    }
  }, 300_000);
});
