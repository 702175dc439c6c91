// Killing the process mid-import leaves the database as it was before the batch.
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { openDb } from "../../../db/client";
import { importFile } from "../../../app/services/import/import.server";
import { listBatches } from "../../../app/services/import/batches.server";
import { findMerchant } from "../../../app/services/merchants.server";
import { makeMerchant, tempDbPath } from "../../helpers/db";
import { dumpData, fixture } from "./helpers";

async function bigOrders(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write("order_id,paid_at,gmv,quantity,channel,buyer_id\n");
  let buf = "";
  for (let i = 0; i < rows; i++) {
    buf += `K${i},2024-06-${String(1 + (i % 28)).padStart(2, "0")} 12:00:00,${(i % 900) + 1}.50,1,mall,B${i % 5000}\n`;
    if (buf.length > 1 << 16) {
      out.write(buf);
      buf = "";
    }
  }
  await new Promise<void>((r) => out.end(buf, () => r()));
}

describe("a killed import", () => {
  it("leaves the database as it was, and the batch is marked interrupted", async () => {
    const { path, cleanup } = tempDbPath();
    try {
      const db = openDb(path);
      const m = makeMerchant(db);
      expect((await importFile(db, m, { kind: "orders", path: fixture("orders.csv") })).status).toBe("done");
      const before = dumpData(db);
      db.$client.close();

      const csv = join(dirname(path), "big.csv");
      await bigOrders(csv, 400_000);
      const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(new URL("./kill-child.ts", import.meta.url)), path, csv], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stderr = "";
      child.stderr.on("data", (d) => (stderr += d));
      const outcome = await new Promise<string>((resolve) => {
        let seen = "";
        child.stdout.on("data", (d: Buffer) => {
          seen += d.toString();
          const rows = [...seen.matchAll(/progress (\d+)/g)].map((m) => Number(m[1]));
          const last = rows[rows.length - 1] ?? 0;
          if (last >= 20_000 && child.exitCode === null) {
            child.kill("SIGKILL");
            resolve(`killed at ${last} rows`);
          }
          if (seen.includes("finished")) resolve("finished");
        });
        child.on("exit", () => resolve(`exited: ${stderr}`));
      });
      expect(outcome).toMatch(/^killed at/);
      await new Promise((r) => child.once("close", r));

      const after = openDb(path);
      expect(dumpData(after)).toBe(before);
      const merchant = findMerchant(after, "shop")!;
      const [latest] = listBatches(after, merchant);
      expect([latest.status, latest.statusNote]).toEqual(["failed", "interrupted"]);
      expect(latest.report?.errors[0].message).toMatch(/^The import was interrupted/);
      after.$client.close();
    } finally {
      cleanup();
    }
  });
});
