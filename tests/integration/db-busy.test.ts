// Small writes under another connection's long write lock: the db client waits its busy timeout,
// then tries again with backoff, so a lock held for a moment longer than the timeout costs a
// wait, not an error; a lock held past every try fails the write whole (DatabaseBusyError), with
// nothing of it written. The lock is held by another process, as an import's would be.
import { spawn } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BUSY_BACKOFF_MS, BUSY_RETRIES, createDb, DatabaseBusyError, migrateDb, type Db } from "../../db/client";
import { tempDbPath } from "../helpers/db";

const TIMEOUT = 200;
/** Everything the client waits through before it gives up: each try's busy timeout and the pauses between. */
const BUDGET = (BUSY_RETRIES + 1) * TIMEOUT + Array.from({ length: BUSY_RETRIES }, (_, i) => BUSY_BACKOFF_MS * 2 ** i).reduce((a, b) => a + b, 0);

/** Another process takes the write lock, says so, and keeps it `ms` before rolling back. */
async function holdWriteLock(path: string, ms: number): Promise<{ released: Promise<void> }> {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(process.argv[1]);
    db.exec("BEGIN IMMEDIATE");
    db.prepare("INSERT INTO workspaces (slug, name, created_at) VALUES ('holder', 'holder', 0)").run();
    process.stdout.write("held\\n");
    setTimeout(() => { db.exec("ROLLBACK"); db.close(); }, Number(process.argv[2]));`;
  const child = spawn(process.execPath, ["-e", script, path, String(ms)], { stdio: ["ignore", "pipe", "inherit"], cwd: process.cwd() });
  await new Promise<void>((ok, fail) => {
    child.stdout.once("data", () => ok());
    child.once("exit", (code) => fail(new Error(`lock holder exited ${code}`)));
  });
  return { released: new Promise((r) => child.once("exit", () => r())) };
}

let t: ReturnType<typeof tempDbPath>;
let db: Db;
beforeEach(() => {
  t = tempDbPath();
  db = createDb(t.path, { busyTimeoutMs: TIMEOUT });
  migrateDb(db);
});
afterEach(() => {
  db.$client.close();
  t.cleanup();
});

const count = (table: string) => (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe("small writes under a held write lock", () => {
  it("a lock held longer than the busy timeout but shorter than the retries: the write waits and succeeds", async () => {
    const hold = await holdWriteLock(t.path, TIMEOUT * 3);
    db.$client.prepare("INSERT INTO workspaces (slug, name, created_at) VALUES ('mine', 'Mine', 1)").run();
    await hold.released;
    expect(count("workspaces")).toBe(1);
  });

  it("a transaction is retried whole: both of its rows, once", async () => {
    const hold = await holdWriteLock(t.path, TIMEOUT * 3);
    let runs = 0;
    db.$client.transaction(() => {
      runs++;
      db.$client.prepare("INSERT INTO workspaces (slug, name, created_at) VALUES ('a', 'A', 1)").run();
      db.$client.prepare("INSERT INTO workspaces (slug, name, created_at) VALUES ('b', 'B', 1)").run();
    })();
    await hold.released;
    expect(runs).toBeGreaterThan(1);
    expect(count("workspaces")).toBe(2);
  });

  it("a lock held past every try: DatabaseBusyError (or what the app asks for), and nothing half-written", async () => {
    const hold = await holdWriteLock(t.path, BUDGET + 3000);
    const started = Date.now();
    expect(() =>
      db.$client.transaction(() => {
        db.$client.prepare("INSERT INTO workspaces (slug, name, created_at) VALUES ('a', 'A', 1)").run();
        db.$client.prepare("INSERT INTO workspaces (slug, name, created_at) VALUES ('b', 'B', 1)").run();
      })(),
    ).toThrow(DatabaseBusyError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(BUDGET - 50);
    // drizzle's statements go through the same retry; the app's onBusy turns the error into its own
    const app = createDb(t.path, { busyTimeoutMs: TIMEOUT, onBusy: (e) => new Response(e.message, { status: 503 }) });
    let thrown: unknown;
    try {
      app.$client.prepare("INSERT INTO workspaces (slug, name, created_at) VALUES ('c', 'C', 1)").run();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(503);
    app.$client.close();
    await hold.released;
    expect(count("workspaces")).toBe(0);
  }, 20_000);
});
