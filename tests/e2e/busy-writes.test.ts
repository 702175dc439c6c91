// Small writes while another connection holds the database's write lock past the busy timeout
// and every retry (as a long import's transaction would): the page answers 503 "the database is
// busy, try again" in the reader's language, never a 500 or a stack trace, and nothing of the
// write is stored; once the lock is gone the same write succeeds.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "../../db/client";
import { createMerchant } from "../../app/services/merchants.server";
import { apiSession, startApp, type RunningApp } from "./harness";

let app: RunningApp;
let s: { cookie: string; csrf: string };

const count = (sql: string) => {
  const q = new Database(app.dbPath, { readonly: true });
  try {
    return (q.prepare(sql).get() as { n: number }).n;
  } finally {
    q.close();
  }
};

/** Takes the write lock in a connection of the test's own; returns its release. */
function holdWriteLock(): () => void {
  const holder = new Database(app.dbPath);
  holder.exec("BEGIN IMMEDIATE");
  holder.prepare("UPDATE merchants SET name = name").run();
  return () => {
    holder.exec("ROLLBACK");
    holder.close();
  };
}

const saveReport = (lang: string) =>
  fetch(`${app.baseUrl}/m/shop/reports`, {
    method: "POST",
    headers: { cookie: s.cookie, origin: app.baseUrl, "sec-fetch-site": "same-origin", "content-type": "application/x-www-form-urlencoded", "accept-language": lang },
    body: new URLSearchParams({ _csrf: s.csrf, intent: "save", name: "Busy night", params: "from=2024-06-01&to=2024-06-30&by=week&split=pillar" }),
    redirect: "manual",
  });

describe("small writes under a held write lock", () => {
  beforeAll(async () => {
    // a short busy timeout keeps the test short; the retries and the page are the real ones
    process.env.FACTLOOP_BUSY_TIMEOUT_MS = "300";
    app = await startApp({
      seed: async (path) => {
        const db = openDb(path);
        createMerchant(db, { slug: "shop", name: "Shop", timezone: "Asia/Shanghai" });
        db.$client.close();
      },
    });
    s = await apiSession(app.baseUrl, app.owner.email, app.owner.password);
  }, 120_000);
  afterAll(async () => {
    delete process.env.FACTLOOP_BUSY_TIMEOUT_MS;
    await app?.stop();
  });

  it("saving a report: 503 in the reader's words, nothing saved, nothing audited; afterwards it saves", async () => {
    const audited = count("SELECT count(*) AS n FROM audit_log");
    const release = holdWriteLock();
    let ja: Response;
    let zh: Response;
    try {
      ja = await saveReport("ja");
      zh = await saveReport("zh-CN,zh;q=0.9");
    } finally {
      release();
    }
    expect(ja.status).toBe(503);
    const jaPage = await ja.text();
    expect(jaPage).toContain("データベースが混み合っています");
    expect(jaPage).toContain("少し待ってからもう一度お試しください");
    expect(zh.status).toBe(503);
    const zhPage = await zh.text();
    expect(zhPage).toContain("数据库正忙");
    for (const page of [jaPage, zhPage]) {
      expect(page).not.toMatch(/SQLITE_BUSY|SqliteError|at .*\.js:\d+/);
      expect(page).not.toContain("Unexpected Server Error");
    }
    expect(count("SELECT count(*) AS n FROM saved_reports")).toBe(0);
    expect(count("SELECT count(*) AS n FROM audit_log")).toBe(audited);

    const after = await saveReport("ja");
    expect(after.status).toBe(302);
    expect(count("SELECT count(*) AS n FROM saved_reports")).toBe(1);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE action = 'report_saved'")).toBe(1);
  }, 60_000);

  it("signing in: 503 in the visitor's language and no session row; pages that only read still answer", async () => {
    const sessions = count("SELECT count(*) AS n FROM sessions");
    const release = holdWriteLock();
    let signin: Response;
    let health: Response;
    try {
      signin = await fetch(`${app.baseUrl}/signin`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "accept-language": "zh-CN", origin: app.baseUrl, "sec-fetch-site": "same-origin" },
        body: new URLSearchParams({ email: app.owner.email, password: app.owner.password, next: "/" }),
        redirect: "manual",
      });
      health = await fetch(`${app.baseUrl}/healthz`);
    } finally {
      release();
    }
    expect(signin.status).toBe(503);
    expect(await signin.text()).toContain("另一个导入或修改正在写入数据库");
    expect(count("SELECT count(*) AS n FROM sessions")).toBe(sessions);
    expect(health.status).toBe(200);
  }, 60_000);
});
