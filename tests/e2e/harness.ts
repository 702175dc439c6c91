// Browser-test harness: serves the built app on a temp database and drives Debian's Chromium.
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { openDb } from "../../db/client";
import { seedDemo } from "../../seeds/demo.server";

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
async function demoTemplate(): Promise<string> {
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
  stop: () => Promise<void>;
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
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(root, "node_modules", "@remix-run", "serve", "dist", "cli.js"), serverBuild], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: dbPath, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production" },
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
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
