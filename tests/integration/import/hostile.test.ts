// Hostile and odd files get a message a merchant can act on, never a crash, a stack trace or a
// big file on disk: the shared-string bomb, JSON nested 100,000 deep, a workbook without `r`
// attributes, NUL in an id, bytes valid in no encoding, five million empty rows.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importFile, rejectedFilePath } from "../../../app/services/import/import.server";
import { makeMerchant, tempDbPath } from "../../helpers/db";
import { openDb } from "../../../db/client";
import { deepJson, writeSharedStringBomb, writeXlsxWithoutRefs } from "../../helpers/hostile-files";
import { count, dumpData } from "./helpers";

const dir = mkdtempSync(join(tmpdir(), "factloop-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function freshDb() {
  const t = tempDbPath();
  const db = openDb(t.path);
  const m = makeMerchant(db);
  return { db, m, done: () => (db.$client.close(), t.cleanup()) };
}

describe("hostile files", () => {
  it("a shared string that unpacks to 1 GiB: refused at once, memory stays flat; a long one names its cell", async () => {
    const bomb = join(dir, "bomb.xlsx");
    await writeSharedStringBomb(bomb);
    expect(statSync(bomb).size).toBeLessThan(6 * 1024 * 1024);
    const long = join(dir, "long.xlsx");
    await writeSharedStringBomb(long, 1024 * 1024);
    const { db, m, done } = freshDb();
    try {
      const before = dumpData(db);
      const heapBefore = process.memoryUsage().rss;
      const started = Date.now();
      const r = await importFile(db, m, { kind: "orders", path: bomb });
      expect(r.status).toBe("failed");
      expect(r.errors[0].message).toMatch(/^Text number 1 of the workbook .* runs on for millions of characters/);
      expect(process.memoryUsage().rss - heapBefore).toBeLessThan(200 * 1024 * 1024);
      expect(Date.now() - started).toBeLessThan(10_000);
      const named = await importFile(db, m, { kind: "orders", path: long });
      expect(named.errors[0].message).toMatch(/^Cell B2 holds a text of more than 65,536 characters/);
      expect(dumpData(db)).toBe(before);
    } finally {
      done();
    }
  }, 120_000);

  it("eight bombs at once: each gets its message", async () => {
    const bomb = join(dir, "bomb.xlsx");
    if (!existsSync(bomb)) await writeSharedStringBomb(bomb);
    const { db, m, done } = freshDb();
    try {
      const reports = await Promise.all(Array.from({ length: 8 }, () => importFile(db, m, { kind: "orders", path: bomb })));
      for (const r of reports) expect(r.errors[0].message).toMatch(/^Text number 1 of the workbook/);
    } finally {
      done();
    }
  }, 120_000);

  it("JSON nested 100,000 deep: a message naming the line, nothing stored", async () => {
    const path = join(dir, "deep.json");
    writeFileSync(path, deepJson(100_000));
    const ndjson = join(dir, "deep.ndjson");
    writeFileSync(ndjson, deepJson(100_000).slice(1, -1));
    const { db, m, done } = freshDb();
    try {
      for (const p of [path, ndjson]) {
        const r = await importFile(db, m, { kind: "orders", path: p });
        expect(r.status).toBe("failed");
        expect(r.errors[0].message).toMatch(/^Line 1: a value is nested more than 64 levels deep/);
      }
      expect(count(db, "orders")).toBe(0);
    } finally {
      done();
    }
  });

  it("an XLSX whose rows and cells have no r attribute imports by position", async () => {
    const path = join(dir, "no-refs.xlsx");
    await writeXlsxWithoutRefs(path, [
      ["order_id", "paid_at", "gmv", "channel"],
      ["N1", "2024-06-01 10:00:00", "12.50", "mall"],
      ["N2", "2024-06-02 11:00:00", "", "live"],
      ["N3", "2024-06-03 12:00:00", "7", "video"],
    ]);
    const { db, m, done } = freshDb();
    try {
      const r = await importFile(db, m, { kind: "orders", path, skipBadRows: true });
      expect([r.status, r.inserted, r.rejected]).toEqual(["done", 2, 1]);
      // the empty <c/> still takes its column: the gmv of N2 is missing, named by its row
      expect(r.errors[0].message).toMatch(/^Line 3, column "gmv" is empty/);
      const rows = db.$client.prepare("SELECT order_id, gmv, channel FROM orders ORDER BY order_id").all();
      expect(rows).toEqual([
        { order_id: "N1", gmv: 1250, channel: "mall" },
        { order_id: "N3", gmv: 700, channel: "video" },
      ]);
    } finally {
      done();
    }
  });

  it("NUL and other control characters in an id are refused with a message", async () => {
    const path = join(dir, "nul.csv");
    writeFileSync(path, "order_id,paid_at,gmv\nA\u00001,2024-06-01 10:00:00,1\nB\u001b2,2024-06-01 10:00:00,1\nC3,2024-06-01 10:00:00,1\n");
    const { db, m, done } = freshDb();
    try {
      const r = await importFile(db, m, { kind: "orders", path });
      expect(r.status).toBe("failed");
      expect(r.errors.map((e) => e.message)).toEqual([
        expect.stringMatching(/^Line 2, column "order_id": "A␀1" holds a control character \(NUL\)/),
        expect.stringMatching(/^Line 3, column "order_id": "B␛2" holds a control character \(escape\)/),
      ]);
      const skipped = await importFile(db, m, { kind: "orders", path, skipBadRows: true });
      expect([skipped.status, skipped.inserted]).toEqual(["done", 1]);
      expect(db.$client.prepare("SELECT count(*) AS n FROM orders WHERE instr(order_id, char(0)) > 0").get()).toEqual({ n: 0 });
    } finally {
      done();
    }
  });

  it("bytes valid in no encoding factloop reads: a clear error, not a guess", async () => {
    const path = join(dir, "bad-bytes.csv");
    writeFileSync(path, Buffer.concat([Buffer.from("order_id,paid_at,gmv\nA1,2024-06-01 10:00:00,1\nA2,"), Buffer.from([0xff, 0xfe, 0x80, 0x41]), Buffer.from(",1\n")]));
    const gbk = join(dir, "gbk.csv");
    // 订单编号 in GBK: valid GBK, read as such
    writeFileSync(gbk, Buffer.concat([Buffer.from([0xb6, 0xa9, 0xb5, 0xa5, 0xb1, 0xe0, 0xba, 0xc5]), Buffer.from(",paid_at,gmv\nG1,2024-06-01 10:00:00,1\n")]));
    const { db, m, done } = freshDb();
    try {
      const r = await importFile(db, m, { kind: "orders", path });
      expect(r.status).toBe("failed");
      expect(r.errors[0].message).toMatch(/^Line 3: the file is neither UTF-8 nor GBK\/GB18030 text/);
      const forced = await importFile(db, m, { kind: "orders", path, encoding: "gb18030" });
      expect(forced.errors[0].message).toMatch(/^Line 3: the file was read as GBK\/GB18030, but from this line on/);
      const g = await importFile(db, m, { kind: "orders", path: gbk });
      expect([g.status, g.encoding, g.inserted]).toEqual(["done", "gb18030", 1]);
    } finally {
      done();
    }
  });

  it("five million empty rows: every row counted, no rejected-rows file, a capped one with skip bad rows", async () => {
    const path = join(dir, "empty-rows.csv");
    const line = ",,\n";
    writeFileSync(path, `order_id,paid_at,gmv\n${line.repeat(5_000_000)}`);
    expect(statSync(path).size).toBeGreaterThan(14_000_000);
    const { db, m, done } = freshDb();
    try {
      const r = await importFile(db, m, { kind: "orders", path });
      expect([r.status, r.rowsRead, r.errorCount, r.rejectedFile]).toEqual(["failed", 5_000_000, 15_000_000, null]);
      const rejectedDir = dirname(rejectedFilePath(db, r.attemptId));
      expect(existsSync(rejectedDir) ? readdirSync(rejectedDir) : []).toEqual([]);

      const s = await importFile(db, m, { kind: "orders", path, skipBadRows: true });
      expect(s.status).toBe("failed");
      expect(s.rejectedFile).not.toBeNull();
      expect(statSync(s.rejectedFile!).size).toBeLessThan(40 * 1024 * 1024);
      expect(s.warnings.map((w) => w.message).join(" ")).toMatch(/4,900,000 more rejected rows were left out/);
    } finally {
      done();
    }
  }, 600_000); // fifteen million cell messages: about 1 min alone, several on a busy machine
});
