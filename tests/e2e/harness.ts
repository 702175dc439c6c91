// Browser-test harness: serves the built app on a temp database and drives Debian's Chromium.
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { openDb } from "../../db/client";
import { seedDemo } from "../../seeds/demo.server";
import { createUser, createWorkspace, findWorkspace, grant, moveMerchantToWorkspace } from "../../app/services/auth/people.server";
import { allMerchants, createMerchant } from "../../app/services/merchants.server";

const root = resolve(import.meta.dirname, "..", "..");

export const CHROMIUM_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** Chromium's path: CHROMIUM_PATH, else Debian's /usr/bin/chromium; null when neither exists. */
export function chromiumPath(): string | null {
  for (const p of [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (p && existsSync(p)) return p;
  }
  return null;
}

const MISSING = `
################################################################################
  No Chromium found for the browser tests (looked at $CHROMIUM_PATH and /usr/bin/chromium).
  Install Debian's:   sudo apt-get update && sudo apt-get install -y chromium
  or point CHROMIUM_PATH at a Chromium binary. Browser tests are NOT running.
################################################################################`;

/**
 * Whether browser tests can run. In CI (CI=true) a missing browser is an error; elsewhere the
 * tests say so loudly and do not run.
 */
export function browserAvailable(): boolean {
  if (chromiumPath()) return true;
  if (process.env.CI === "true") throw new Error(`Browser tests need Chromium in CI.${MISSING}`);
  process.stderr.write(`${MISSING}\n`);
  return false;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(MISSING);
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once("error", fail);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

/**
 * The demo database, seeded once per test run through the real import and copied per test.
 * Parallel workers wait on a lock folder instead of seeding twice.
 */
export async function demoTemplate(): Promise<string> {
  const dir = join(tmpdir(), `factloop-e2e-${process.env.VITEST_POOL_ID ? process.ppid : process.pid}`);
  mkdirSync(dir, { recursive: true });
  const template = join(dir, "demo.sqlite");
  const lock = join(dir, "seeding.lock");
  for (;;) {
    if (existsSync(template)) return template;
    try {
      mkdirSync(lock);
      break;
    } catch {
      // another worker is seeding; stale after ten minutes
      if (Date.now() - statSync(lock).mtimeMs > 600_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    const partial = join(dir, `demo-${process.pid}.sqlite`);
    const db = openDb(partial);
    await seedDemo(db);
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    db.$client.close();
    renameSync(partial, template);
    return template;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface RunningApp {
  baseUrl: string;
  dbPath: string;
  /** an owner of every merchant in the database when the app started */
  owner: { email: string; password: string };
  /** the server's process id (for signal tests) */
  pid: number;
  stop: () => Promise<void>;
}

export const E2E_OWNER = { email: "owner@e2e.test", password: "e2e-owner-password" };

/**
 * Makes the test owner: owner of a workspace that holds every merchant without one, and of the
 * demo workspace when there is one.
 */
async function addOwner(dbPath: string): Promise<void> {
  const db = openDb(dbPath);
  try {
    const made = await createUser(db, { email: E2E_OWNER.email, name: "E2E owner", password: E2E_OWNER.password });
    if (!made.ok) throw new Error(made.error);
    const ws = createWorkspace(db, { slug: "e2e", name: "E2E agency" });
    if (!ws.ok) throw new Error(ws.error);
    for (const m of allMerchants(db)) if (m.workspaceId == null) moveMerchantToWorkspace(db, m.id, ws.workspace.id);
    grant(db, made.user.id, { workspace: ws.workspace }, "owner");
    const demo = findWorkspace(db, "demo");
    if (demo) grant(db, made.user.id, { workspace: demo }, "owner");
  } finally {
    db.$client.close();
  }
}

export async function startApp(opts: { seed: "demo" | "empty" | ((dbPath: string) => Promise<void>) }): Promise<RunningApp> {
  const serverBuild = join(root, "build", "server", "index.js");
  if (!existsSync(serverBuild)) throw new Error("No server build: run `npm run build` first (npm test does).");
  const dir = mkdtempSync(join(tmpdir(), "factloop-app-"));
  const dbPath = join(dir, "app.sqlite");
  if (opts.seed === "demo") copyFileSync(await demoTemplate(), dbPath);
  else {
    const db = openDb(dbPath);
    db.$client.close();
    if (typeof opts.seed === "function") await opts.seed(dbPath);
  }
  await addOwner(dbPath);
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(root, "server.mjs")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: dbPath, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production", FACTLOOP_WARM: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited (${child.exitCode}):\n${log}`);
    try {
      const r = await fetch(`${baseUrl}/`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`The app did not start within 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    dbPath,
    owner: E2E_OWNER,
    pid: child.pid!,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}

/** Signs the page in as the demo owner through the start page's one-click "Open the demo". */
export async function openDemo(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await Promise.all([page.waitForURL(/\/m\/demo/), page.locator('form[action="/demo"] button').click()]);
}

/** Signs the page in with an email and password on the sign-in page. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string, next = "/"): Promise<void> {
  await page.goto(`${baseUrl}/signin?next=${encodeURIComponent(next)}`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith("/signin")), page.locator('form:has(input[name="password"]) button[type="submit"]').click()]);
}

/** A signed-in cookie and CSRF token for plain fetch() calls, as a browser would hold them. */
export async function apiSession(baseUrl: string, email: string, password: string): Promise<{ cookie: string; csrf: string }> {
  const r = await fetch(`${baseUrl}/signin`, {
    method: "POST",
    body: new URLSearchParams({ email, password, next: "/" }),
    redirect: "manual",
  });
  const set = r.headers.get("set-cookie");
  if (r.status !== 302 || !set) throw new Error(`Sign-in failed (${r.status}) for ${email}`);
  const cookie = set.split(";")[0];
  const html = await fetch(`${baseUrl}/account`, { headers: { cookie, accept: "text/html" } }).then((x) => x.text());
  const csrf = /<meta name="csrf-token" content="([A-Za-z0-9_-]+)"/.exec(html)?.[1];
  if (!csrf) throw new Error("No CSRF token found on the account page");
  return { cookie, csrf };
}

/** A new browser context signed in as the app's owner (through the real sign-in form's POST). */
export async function ownerPage(browser: Browser, app: RunningApp, options: Parameters<Browser["newContext"]>[0] = {}): Promise<Page> {
  const { cookie } = await apiSession(app.baseUrl, app.owner.email, app.owner.password);
  const [name, ...rest] = cookie.split("=");
  const context = await browser.newContext(options);
  await context.addCookies([{ name, value: rest.join("="), url: app.baseUrl }]);
  return context.newPage();
}

/** A seed for startApp: one empty merchant (the test owner is added to it by startApp). */
export function emptyMerchant(slug = "shop"): (dbPath: string) => Promise<void> {
  return async (dbPath) => {
    const db = openDb(dbPath);
    try {
      const r = createMerchant(db, { slug });
      if (!r.ok) throw new Error(r.error);
    } finally {
      db.$client.close();
    }
  };
}
