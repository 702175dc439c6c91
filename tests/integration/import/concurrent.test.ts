// Two 300,000-row imports of the same merchant started at once from two command lines: the
// writer queue runs them one after the other, the second says it waits, both end correctly.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { openDb } from "../../../db/client";
import { makeMerchant, tempDbPath } from "../../helpers/db";
import { count } from "./helpers";

const bin = fileURLToPath(new URL("../../../bin/factloop.js", import.meta.url));

function ordersCsv(path: string, prefix: string, rows: number): void {
  const parts: string[] = ["order_id,paid_at,gmv,quantity,channel,buyer_id\n"];
  for (let i = 0; i < rows; i++) parts.push(`${prefix}${i},2024-06-${String(1 + (i % 28)).padStart(2, "0")} 12:00:00,${(i % 900) + 1}.50,1,mall,B${i % 5000}\n`);
  writeFileSync(path, parts.join(""));
}

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FACTLOOP_JOB_LOG: "off" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("two imports at once", () => {
  it("two 300k-row imports of one merchant both end correctly, one after the other", async () => {
    const { path, cleanup } = tempDbPath();
    try {
      const db = openDb(path);
      makeMerchant(db);
      db.$client.close();
      const a = join(dirname(path), "a.csv");
      const b = join(dirname(path), "b.csv");
      ordersCsv(a, "A", 300_000);
      ordersCsv(b, "B", 300_000);
      const [ra, rb] = await Promise.all([
        cli(["import", "orders", a, "--merchant", "shop", "--db", path, "--json"]),
        new Promise<Awaited<ReturnType<typeof cli>>>((r) => setTimeout(() => cli(["import", "orders", b, "--merchant", "shop", "--db", path, "--json"]).then(r), 300)),
      ]);
      expect([ra.code, rb.code], `${ra.stderr}\n${rb.stderr}`).toEqual([0, 0]);
      expect(JSON.parse(ra.stdout).inserted).toBe(300_000);
      expect(JSON.parse(rb.stdout).inserted).toBe(300_000);
      // whichever reached the writer second said what it waited for (on a loaded machine b can start first)
      const waited = /Waiting for another import or change to finish \(import of ([ab])\.csv \(shop\) is running\)/.exec(ra.stderr + rb.stderr);
      expect(waited, `${ra.stderr}\n${rb.stderr}`).not.toBeNull();
      expect((waited![1] === "a" ? rb : ra).stderr).toContain(waited![0]);
      expect(`${ra.stderr}${rb.stderr}`).not.toMatch(/SQLITE_BUSY|at .*\.ts:\d+/);
      const after = openDb(path);
      expect(count(after, "orders")).toBe(600_000);
      const sums = after.$client.prepare("SELECT (SELECT sum(gmv) FROM orders) AS raw, (SELECT sum(gmv) FROM segment_day) AS rolled").get() as { raw: number; rolled: number };
      expect(sums.rolled).toBe(sums.raw);
      after.$client.close();
    } finally {
      cleanup();
    }
  }, 240_000);
});
