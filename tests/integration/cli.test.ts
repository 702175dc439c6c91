// The command line: exit codes of the contract and the same numbers as the report service.
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { runCli } from "../helpers/cli";
import { openDb } from "../../db/client";
import { tempDbPath } from "../helpers/db";

describe("factloop command line", () => {
  let db: { path: string; cleanup: () => void };
  const run = (...args: string[]) => runCli(db.path, ...args);

  beforeEach(() => {
    db = tempDbPath();
  });
  afterEach(() => db.cleanup());

  it("creates a merchant and refuses a second one with the same slug (exit 1)", async () => {
    expect((await run("merchant", "create", "my-shop", "--name", "My Shop 我的店", "--timezone", "Asia/Tokyo", "--currency", "jpy")).code).toBe(0);
    const again = await run("merchant", "create", "my-shop");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('A merchant "my-shop" already exists');
    const list = await run("merchant", "list");
    expect(list.stdout).toContain("my-shop\tMy Shop 我的店\tAsia/Tokyo\tJPY");
  });

  it("refuses a time zone that does not exist (exit 1)", async () => {
    const r = await run("merchant", "create", "x", "--timezone", "Mars/Olympus");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("not a time zone");
  });

  it("answers bad usage with exit 2 and the usage text", async () => {
    expect((await run("report")).code).toBe(2);
    expect((await run("report", "fact", "--merchant", "x", "--by", "year")).code).toBe(2);
    expect((await run("report", "fact", "--merchant", "x", "--nonsense")).code).toBe(2);
    const unknown = await run("frobnicate");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command");
  });

  it("prints the usage for a command's --help (exit 0), with every forecast option", async () => {
    const help = await run("forecast", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--country CN|JP|none");
    expect((await run("import", "-h")).stdout).toContain("factloop import");
  });

  it("names an unknown merchant as bad input (exit 1)", async () => {
    const r = await run("report", "fact", "--merchant", "nobody");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no merchant "nobody"');
  });

  it("prints an empty merchant's report with null ratios, never NaN", async () => {
    await run("merchant", "create", "empty");
    const r = await run("report", "fact", "--merchant", "empty", "--from", "2024-06-01", "--to", "2024-06-02", "--by", "day", "--format", "json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ report: "fact", merchant: "empty", from: "2024-06-01", to: "2024-06-02", by: "day" });
    expect(j.rows).toEqual([
      { period: "2024-06-01", gmv: 0, net_gmv: 0, refunds: 0, orders: 0, buyers: 0, aov: null, gmv_share: null },
      { period: "2024-06-02", gmv: 0, net_gmv: 0, refunds: 0, orders: 0, buyers: 0, aov: null, gmv_share: null },
    ]);
    const csv = await run("report", "phases", "--merchant", "empty", "--from", "2024-06-01", "--to", "2024-06-01");
    expect(csv.stdout).not.toMatch(/NaN|Infinity/);
  });

  it("writes an XLSX with a summary, a sheet per phase and the definitions", async () => {
    await run("merchant", "create", "shop");
    const out = join(db.path, "..", "phases.xlsx");
    const r = await run("report", "phases", "--merchant", "shop", "--from", "2024-06-01", "--to", "2024-06-07", "--by", "day", "--format", "xlsx", "--out", out);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Summary", "Exploration", "Connection", "Verification", "Purchase", "Confirmation", "Sharing", "Definitions",
    ]);
    expect(wb.getWorksheet("Summary")!.rowCount).toBe(8);
  });

  it("keeps merchants apart in a shared database", async () => {
    await run("merchant", "create", "a");
    await run("merchant", "create", "b");
    const handle = openDb(db.path);
    const ids = handle.$client.prepare("SELECT id FROM merchants ORDER BY slug").all() as { id: number }[];
    handle.$client
      .prepare("INSERT INTO orders (merchant_id, order_id, paid_at, day, gmv, batch_id) VALUES (?, 'o1', 0, '2024-06-01', 12345, 1)")
      .run(ids[0].id);
    handle.$client.prepare("INSERT INTO pillar_day (merchant_id, day, pillar, gmv, orders) VALUES (?, '2024-06-01', 'S', 12345, 1)").run(ids[0].id);
    handle.$client.close();
    const b = JSON.parse((await run("report", "fact", "--merchant", "b", "--from", "2024-06-01", "--to", "2024-06-01", "--format", "json")).stdout);
    expect(b.rows[0].gmv).toBe(0);
    const a = JSON.parse((await run("report", "fact", "--merchant", "a", "--from", "2024-06-01", "--to", "2024-06-01", "--format", "json")).stdout);
    expect(a.rows[0].gmv).toBe(123.45);
  });
});
