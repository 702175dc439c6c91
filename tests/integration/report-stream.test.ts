// factloop report writes a report over the pages' limit streamed, a slice of the range at a
// time, with the same rows the whole report would have.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDb } from "../../db/client";
import { makeMerchant, tempDbPath } from "../helpers/db";
import { runCli } from "../helpers/cli";
import { importFile } from "../../app/services/import/import.server";
import { writeFileSync } from "node:fs";

describe("an over-large report on the command line", () => {
  it("is streamed as CSV, every day present once; JSON asks for CSV", async () => {
    const { path, cleanup } = tempDbPath();
    try {
      const db = openDb(path);
      const m = makeMerchant(db);
      const csv = join(dirname(path), "o.csv");
      writeFileSync(csv, `order_id,paid_at,gmv,content_id\n${Array.from({ length: 30 }, (_, i) => `O${i},2024-06-${String(1 + (i % 28)).padStart(2, "0")} 10:00:00,1,C${i}`).join("\n")}\n`);
      expect((await importFile(db, m, { kind: "orders", path: csv })).status).toBe("done");
      db.$client.close();
      const out = join(dirname(path), "r.csv");
      const r = await runCli(path, "report", "phases", "--merchant", "shop", "--from", "2000-01-01", "--to", "2024-12-31", "--by", "day", "--split", "content", "--out", out);
      expect(r.code).toBe(0);
      const lines = readFileSync(out, "utf8").replace(/^\uFEFF/, "").trim().split("\n");
      expect(lines.filter((l) => l.startsWith("period,"))).toHaveLength(1);
      const days = new Set(lines.slice(1).map((l) => l.split(",")[0]));
      expect(days.size).toBe(9132);
      const json = await runCli(path, "report", "phases", "--merchant", "shop", "--from", "2000-01-01", "--to", "2024-12-31", "--by", "day", "--split", "content", "--format", "json");
      expect(json.code).toBe(1);
      expect(json.stderr).toMatch(/write it with --format csv, which is streamed/);
    } finally {
      cleanup();
    }
  }, 120_000);
});
