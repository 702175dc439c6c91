// Several server processes share one database: a process that lists the import history must not
// mark another process's live import failed, and must settle the batch of one that was killed.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createWriteStream } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { openDb } from "../../db/client";
import { listBatches, settleInterruptedBatches } from "../../app/services/import/batches.server";
import { findMerchant } from "../../app/services/merchants.server";
import { makeMerchant, tempDbPath } from "../helpers/db";

async function bigOrders(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write("order_id,paid_at,gmv,quantity,channel,buyer_id\n");
  let buf = "";
  for (let i = 0; i < rows; i++) {
    buf += `L${i},2024-07-${String(1 + (i % 28)).padStart(2, "0")} 12:00:00,${(i % 900) + 1}.50,1,mall,B${i % 5000}\n`;
    if (buf.length > 1 << 16) {
      out.write(buf);
      buf = "";
    }
  }
  await new Promise<void>((r) => out.end(buf, () => r()));
}

/** Another process importing `csv` into `dbPath` (the import test's child), printing its progress. */
function importer(dbPath: string, csv: string): ChildProcessWithoutNullStreams & { rows: () => number; finished: () => boolean } {
  const script = fileURLToPath(new URL("./import/kill-child.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", script, dbPath, csv], { stdio: ["pipe", "pipe", "pipe"] });
  let seen = "";
  child.stdout.on("data", (d: Buffer) => (seen += d.toString()));
  return Object.assign(child, {
    rows: () => Number([...seen.matchAll(/progress (\d+)/g)].pop()?.[1] ?? 0),
    finished: () => seen.includes("finished"),
  });
}

const until = async (what: string, ok: () => boolean, ms = 60_000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe("liveness of imports across processes", () => {
  it("a live import in another process stays running while this one lists batches, and ends done", async () => {
    const { path, cleanup } = tempDbPath();
    try {
      const db = openDb(path);
      const merchant = makeMerchant(db);
      const csv = join(dirname(path), "big.csv");
      await bigOrders(csv, 60_000);
      const child = importer(path, csv);
      const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
      // this process settles as often as it can from before the import starts to after it ends:
      // the batch row appears between two of its looks at some point
      const statuses = new Set<string>();
      let lookedWhileRunning = 0;
      while (!child.finished() && child.exitCode === null) {
        settleInterruptedBatches(db, merchant);
        const [b] = listBatches(db, merchant);
        if (b) {
          statuses.add(b.status);
          if (b.status === "running") lookedWhileRunning++;
        }
        await new Promise((r) => setTimeout(r, 2));
      }
      expect(await exited).toBe(0);
      expect(lookedWhileRunning).toBeGreaterThan(0);
      expect([...statuses].filter((s) => s !== "running" && s !== "done")).toEqual([]);
      const [b] = listBatches(db, merchant);
      expect([b.status, b.report?.inserted]).toEqual(["done", 60_000]);
      db.$client.close();
    } finally {
      cleanup();
    }
  });

  it("the batch of an importer killed mid-import is settled failed by another process", async () => {
    const { path, cleanup } = tempDbPath();
    try {
      const db = openDb(path);
      makeMerchant(db);
      db.$client.close();
      const csv = join(dirname(path), "big.csv");
      await bigOrders(csv, 300_000);
      const child = importer(path, csv);
      await until("the import to be under way", () => child.rows() >= 10_000 || child.exitCode !== null);
      expect(child.finished()).toBe(false);

      const other = openDb(path);
      const merchant = findMerchant(other, "shop")!;
      expect(listBatches(other, merchant)[0].status).toBe("running");
      child.kill("SIGKILL");
      await new Promise((r) => child.once("close", r));
      const [b] = listBatches(other, merchant);
      expect([b.status, b.statusNote]).toEqual(["failed", "interrupted"]);
      other.$client.close();
    } finally {
      cleanup();
    }
  });
});
