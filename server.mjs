// factloop's HTTP server: the built Remix app behind the checks that belong before any route.
// Listens on 127.0.0.1 unless HOST says otherwise; answers only for allowed host names (a page
// on a stranger's domain that rebinds its DNS to us gets 421); passes the client's address to
// the app in one header; logs each request as a JSON line; stops cleanly on SIGTERM/SIGINT.
//
// Every core: with FACTLOOP_WORKERS > 1 (the default is one per core) this process is the
// primary of a node:cluster. The primary migrates the database and makes the session secret
// before any worker starts (so no two race to), forks the workers, which all serve pages from
// the same SQLite file in WAL mode, and runs the background work alone: the hourly sweep of old
// uploads and the forecast warm-ups the workers ask for (one at a time per merchant). The primary
// listens and gives each new connection to the worker holding the fewest (server/balance.mjs). Writes
// from every worker go through the one writer queue in `<db>.jobs`. On SIGTERM/SIGINT the
// primary stops accepting and tells each worker to stop: it finishes its requests, closing each
// connection as it goes idle, interrupts its import jobs (whole or absent) and closes the
// database; then the primary exits.
import { createRequestHandler } from "@remix-run/express";
import express from "express";
import Database from "better-sqlite3";
import cluster from "node:cluster";
import { createServer as createHttpServer } from "node:http";
import { createServer as createNetServer } from "node:net";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, statfsSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { connectionBalancer } from "./server/balance.mjs";
import { JOB_NODE_FLAGS } from "./server/job-flags.mjs";
import { turns } from "./server/turns.mjs";

const root = dirname(fileURLToPath(import.meta.url));
const buildPath = resolve(root, "build", "server", "index.js");
const clientDir = resolve(root, "build", "client");

const HOST = process.env.HOST || "127.0.0.1";
const PORT = Number(process.env.PORT || 3000);
/** the address as the start lines show it (an IPv6 host in brackets) */
const SHOWN_URL = `http://${HOST.includes(":") ? `[${HOST}]` : HOST}:${PORT}`;
const TRUST_PROXY = process.env.FACTLOOP_TRUST_PROXY === "1";
const CLIENT_IP_HEADER = "x-factloop-client-ip";
/** FACTLOOP_PAGE_TURNS: page requests a worker renders at once, the rest waiting in order (0 = no limit). */
const PAGE_TURNS = wholeNumberEnv("FACTLOOP_PAGE_TURNS", 4, 0, 64);
/** a request holding a turn this long lets the next one in: it is waiting on something else */
const TURN_LEASE_MS = 250;

/** A whole-number setting from the environment, or its default; the server will not start on a bad one. */
function wholeNumberEnv(name, fallback, min, max) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    process.stderr.write(`${name} must be a whole number from ${min} to ${max}, not "${raw}".\n`);
    process.exit(2);
  }
  return n;
}
/** FACTLOOP_WORKERS: how many processes serve pages (default one per core; 1 = no cluster). */
const WORKERS = wholeNumberEnv("FACTLOOP_WORKERS", Math.max(1, availableParallelism()), 1, 64);
/**
 * A worker's young generation: a page render makes megabytes of short-lived objects, and with
 * node's default 16 MB semi-spaces garbage collection took 8% of a worker's CPU under load
 * (--cpu-prof). With 64 MB a request cost about 7% less CPU in six paired runs of the page mix.
 * A flag given to node wins.
 */
const WORKER_EXEC_ARGV = process.execArgv.some((a) => a.startsWith("--max-semi-space-size")) ? process.execArgv : [...process.execArgv, "--max-semi-space-size=64"];
/** this process's worker number (1…n) in a cluster, null when it serves alone */
const WORKER = cluster.isWorker ? Number(process.env.FACTLOOP_WORKER_NUMBER) || cluster.worker.id : null;

/** Host names this server answers for: FACTLOOP_ALLOWED_HOSTS, else the loopback names (and HOST). */
function allowedHosts() {
  const listed = (process.env.FACTLOOP_ALLOWED_HOSTS || "")
    .split(",")
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const base = ["localhost", "127.0.0.1", "[::1]", "::1"];
  if (HOST !== "0.0.0.0" && HOST !== "::") base.push(HOST.toLowerCase());
  return new Set([...base, ...listed]);
}
const ALLOWED = allowedHosts();

function hostName(hostHeader) {
  if (!hostHeader) return "";
  const h = hostHeader.trim().toLowerCase();
  if (h.startsWith("[")) return h.slice(0, h.indexOf("]") + 1);
  return h.replace(/:\d+$/, "");
}

/** The database file: as the app opens it (DATABASE_URL, else the embedded default). */
function dbPath() {
  return globalThis.__factloopDb?.$client.name ?? (process.env.DATABASE_URL ?? join(root, "data", "factloop.sqlite")).replace(/^file:/, "");
}

/** Jobs running and waiting in the writer queue (app/services/jobs/writer-queue.server.ts), from every process. */
function writerQueue() {
  const path = `${dbPath()}.jobs`;
  if (!existsSync(path)) return { running: 0, waiting: 0 };
  const q = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const rows = q.prepare("SELECT state, count(*) AS n FROM jobs GROUP BY state").all();
    const n = (state) => rows.find((r) => r.state === state)?.n ?? 0;
    return { running: n("running"), waiting: n("waiting") };
  } finally {
    q.close();
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Uploads and rejected-rows files older than a day are removed: at start, then every hour. */
function sweepOldFiles(now = Date.now()) {
  const dirs = [join(tmpdir(), "factloop-uploads"), join(dirname(resolve(dbPath())), "rejected"), join(tmpdir(), "factloop-rejected")];
  let removed = 0;
  for (const top of dirs) {
    if (!existsSync(top)) continue;
    const walk = (dir) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        try {
          const s = statSync(p);
          if (s.isDirectory()) walk(p);
          else if (now - s.mtimeMs > DAY_MS) {
            rmSync(p, { force: true });
            removed++;
          }
        } catch {
          // removed meanwhile
        }
      }
    };
    walk(top);
  }
  if (removed) log({ kind: "sweep", removed });
}

const log = (entry) =>
  process.stdout.write(`${JSON.stringify({ t: new Date().toISOString(), ...entry, ...(WORKER !== null ? { worker: WORKER, pid: process.pid } : {}) })}\n`);

if (cluster.isPrimary && WORKERS > 1) await runPrimary();
else await runWorker();

// ---- the primary: set-up, the workers, background work, shutdown ----

/** Migrations and the session secret, once, before any worker opens the database. */
async function prepareDatabase() {
  const path = dbPath();
  if (path === ":memory:") throw new Error("A cluster needs a database file: set DATABASE_URL or FACTLOOP_WORKERS=1.");
  mkdirSync(dirname(resolve(path)), { recursive: true });
  const { drizzle } = await import("drizzle-orm/better-sqlite3");
  const { migrate } = await import("drizzle-orm/better-sqlite3/migrator");
  const sqlite = new Database(path);
  try {
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("busy_timeout = 30000");
    migrate(drizzle(sqlite), { migrationsFolder: join(root, "db", "migrations") });
  } finally {
    sqlite.close();
  }
  // as app/services/auth/secret.server.ts makes it on first use: made here, every worker reads the same
  if (!process.env.FACTLOOP_SECRET?.trim()) {
    const file = resolve(dirname(resolve(path)), "factloop.secret");
    try {
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
    }
  }
}

/**
 * Whole re-derivations a killed process left half done (a settings change's chunks, decision
 * 009; migration 0012 marks how far each got): resumed when the server starts, in a job process
 * of its own under the writer queue, from the day after the one reached.
 */
function resumeRederivations(path) {
  const bin = join(root, "bin", "factloop.js");
  if (!existsSync(bin) || path === ":memory:" || !existsSync(path)) return;
  let pending = 0;
  try {
    const q = new Database(path, { readonly: true, fileMustExist: true });
    try {
      pending = q.prepare("SELECT count(*) AS n FROM merchants WHERE rederive_through IS NOT NULL").get().n;
    } finally {
      q.close();
    }
  } catch {
    // a database from before migration 0012 (a server alone migrates on first use): none was under way
    return;
  }
  if (!pending) return;
  log({ kind: "rederive-resume", merchants: pending });
  const child = spawn(process.execPath, [...JOB_NODE_FLAGS, bin, "job", "resume", "--db", path], { stdio: "ignore", env: { ...process.env, NODE_ENV: "production" } });
  child.once("exit", (code) => log({ kind: "rederive-resumed", code }));
  child.once("error", (e) => log({ kind: "error", message: `resuming a re-derivation: ${e.message}` }));
}

/** Forecast warm-ups asked for by the workers: one process per merchant at a time, one more after it if asked meanwhile. */
function warmUps() {
  const running = new Map();
  const again = new Set();
  const bin = join(root, "bin", "factloop.js");
  const start = (path, slug) => {
    const key = `${path}\n${slug}`;
    if (running.has(key)) {
      again.add(key);
      return;
    }
    if (!existsSync(bin) || path === ":memory:" || process.env.FACTLOOP_WARM === "0") return;
    const child = spawn(process.execPath, [bin, "forecast", "--merchant", slug, "--warm", "--db", path], {
      stdio: "ignore",
      env: { ...process.env, NODE_ENV: "production" },
    });
    running.set(key, child);
    log({ kind: "forecast-warm", merchant: slug });
    const done = () => {
      running.delete(key);
      if (again.delete(key)) start(path, slug);
    };
    child.once("exit", done);
    child.once("error", done);
  };
  return { start, running };
}

async function runPrimary() {
  cluster.setupPrimary({ execArgv: WORKER_EXEC_ARGV });
  await prepareDatabase();
  resumeRederivations(dbPath());
  const warm = warmUps();
  let stopping = false;
  let started = false;
  const numbers = new Map();
  const restarts = [];
  const balance = connectionBalancer();
  /** connections that came while no worker could take one (all of them restarting) */
  const held = new Set();
  const MAX_HELD = 512;

  // Connections are accepted here, unread, and each is passed to the worker that holds the fewest
  // (node:cluster's own hand-off favours whichever worker answers first, and a burst stays uneven
  // for as long as the clients keep their connections: docs/decisions/015).
  const listener = createNetServer({ pauseOnConnect: true }, hand);
  function hand(socket) {
    const picked = balance.pick();
    if (!picked) {
      if (held.size >= MAX_HELD) return socket.destroy();
      held.add(socket);
      socket.once("close", () => held.delete(socket));
      return;
    }
    balance.opened(picked.id);
    try {
      picked.worker.send({ type: "factloop:connection" }, socket, (err) => {
        if (!err) return;
        // the worker's channel closed meanwhile: it is gone, and so is this connection
        balance.closed(picked.id);
        socket.destroy();
      });
    } catch {
      balance.closed(picked.id);
      socket.destroy();
    }
  }
  function handHeld() {
    for (const socket of held) {
      held.delete(socket);
      if (!socket.destroyed) hand(socket);
    }
  }
  listener.on("error", (e) => {
    log({ kind: "error", message: `cannot listen on ${HOST}:${PORT}: ${e.message}` });
    stop("listen-error", 1);
  });

  const fork = (n) => {
    const w = cluster.fork({ FACTLOOP_WORKER_NUMBER: String(n), FACTLOOP_WORKERS: String(WORKERS) });
    numbers.set(w.id, n);
    w.on("message", (m) => {
      if (m?.type === "factloop:closed") balance.closed(w.id);
      else if (m?.type === "factloop:ready" && !stopping) {
        balance.add(w.id, w);
        handHeld();
        // listens once the first set of workers is ready (a replaced worker is logged as it starts)
        if (balance.size === WORKERS && !started) {
          started = true;
          listener.listen(PORT, HOST, () =>
            log({ kind: "start", url: SHOWN_URL, workers: WORKERS, pid: process.pid }),
          );
        }
      } else if (m?.type === "factloop:warm" && typeof m.dbPath === "string" && typeof m.merchant === "string" && !stopping) warm.start(m.dbPath, m.merchant);
    });
    return w;
  };

  cluster.on("exit", (w, code, signal) => {
    const n = numbers.get(w.id);
    numbers.delete(w.id);
    balance.remove(w.id);
    if (stopping) return;
    // a worker that died is replaced (a crash loop is not: five deaths in a minute stop the server)
    const now = Date.now();
    restarts.push(now);
    while (restarts.length && now - restarts[0] > 60_000) restarts.shift();
    log({ kind: "worker-exit", worker: n, pid: w.process.pid, code, signal });
    if (restarts.length > 5) {
      log({ kind: "error", message: "workers keep dying; stopping" });
      stop("crash-loop", 1);
      return;
    }
    fork(n);
  });

  for (let n = 1; n <= WORKERS; n++) fork(n);
  sweepOldFiles();
  setInterval(sweepOldFiles, 60 * 60 * 1000).unref();

  function stop(signal, exitCode = 0) {
    if (stopping) return;
    stopping = true;
    log({ kind: "stop", signal, workers: Object.keys(cluster.workers ?? {}).length });
    // no new connections; the workers finish what their own connections asked
    listener.close();
    for (const socket of held) socket.destroy();
    const workers = Object.values(cluster.workers ?? {}).filter(Boolean);
    const exited = workers.map((w) => (w.isDead() ? null : new Promise((r) => w.once("exit", r))));
    for (const w of workers) {
      try {
        w.send({ type: "factloop:stop", signal });
      } catch {
        // its channel is already closed: it is exiting
      }
    }
    Promise.all(exited).then(() => {
      log({ kind: "stopped", workers: workers.length });
      process.exit(exitCode);
    });
    // a worker still busy after fifteen seconds is cut (it cuts its own requests at ten)
    setTimeout(() => {
      for (const w of workers) if (!w.isDead()) w.process.kill("SIGKILL");
      process.exit(exitCode);
    }, 15_000).unref();
  }
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

// ---- a worker (or the one process when FACTLOOP_WORKERS=1) ----

async function runWorker() {
  const build = await import(pathToFileURL(buildPath).href);
  let stopping = false;
  const app = express();
  app.disable("x-powered-by");
  if (TRUST_PROXY) app.set("trust proxy", true);

  // Host check first: nothing else runs for a host that is not ours.
  app.use((req, res, next) => {
    const host = hostName(TRUST_PROXY ? req.headers["x-forwarded-host"] || req.headers.host : req.headers.host);
    if (!ALLOWED.has(host)) {
      res.status(421).type("text/plain").send("This server does not answer for that host name.");
      return;
    }
    // the client's address, set here only: whatever a client sent in this header is replaced
    req.headers[CLIENT_IP_HEADER] = String(req.ip || req.socket.remoteAddress || "");
    next();
  });

  // a request that comes while this process stops is answered, and its connection closed after
  app.use((_req, res, next) => {
    if (stopping) res.setHeader("Connection", "close");
    next();
  });

  // One JSON line per request: method, route, merchant, status, duration.
  app.use((req, res, next) => {
    const start = process.hrtime.bigint();
    res.on("finish", () => {
      if (req.path.startsWith("/assets/")) return;
      const merchant = /^\/m\/([^/.]+)/.exec(req.path)?.[1] ?? null;
      log({ kind: "request", method: req.method, path: req.path, merchant, status: res.statusCode, ms: Number(process.hrtime.bigint() - start) / 1e6 });
    });
    next();
  });

  app.get("/healthz", (_req, res) => {
    const db = globalThis.__factloopDb;
    let database = "not opened yet";
    try {
      if (db) database = db.$client.prepare("SELECT 1 AS ok").get().ok === 1 ? "ok" : "error";
    } catch (e) {
      database = `error: ${e.message}`;
    }
    let diskFreeBytes = null;
    try {
      const s = statfsSync(root);
      diskFreeBytes = s.bavail * s.bsize;
    } catch {
      // not every platform has statfs
    }
    let queue = null;
    try {
      queue = writerQueue();
    } catch (e) {
      queue = { error: e.message };
    }
    const ok = database === "ok" || database === "not opened yet";
    res.status(ok ? 200 : 503).json({
      ok,
      database,
      diskFreeBytes,
      writerQueue: queue,
      writerQueueLength: queue && "running" in queue ? queue.running + queue.waiting : null,
      uptimeSeconds: Math.round(process.uptime()),
      // which process answered, of how many
      pid: process.pid,
      worker: WORKER,
      workers: WORKER === null ? 1 : WORKERS,
    });
  });

  app.use("/assets", express.static(join(clientDir, "assets"), { immutable: true, maxAge: "1y" }));
  // the few files at the client build's top (favicons): looked up by name, so a page request
  // does not stat the disk first
  const topFiles = new Set(readdirSync(clientDir).filter((f) => f !== "assets"));
  const serveTop = express.static(clientDir, { maxAge: "1h" });
  app.use((req, res, next) => (topFiles.has(req.path.slice(1)) ? serveTop(req, res, next) : next()));
  const remix = createRequestHandler({ build, mode: process.env.NODE_ENV || "production" });
  // pages and their data take turns (server/turns.mjs); a form's post, an upload, goes straight in
  const pageTurns = PAGE_TURNS > 0 ? turns({ width: PAGE_TURNS, leaseMs: TURN_LEASE_MS }) : null;
  app.all("*", (req, res, next) => {
    if (!pageTurns || (req.method !== "GET" && req.method !== "HEAD")) return remix(req, res, next);
    pageTurns.take((done) => {
      // the client went away while it waited: nothing to answer
      if (req.socket.destroyed) return done();
      res.once("close", done);
      remix(req, res, next).then(done, done);
    });
  });

  const server = createHttpServer(app);
  /** in a cluster: the connections the primary handed here, still open */
  const sockets = new Set();
  if (WORKER === null) server.listen(PORT, HOST, () => log({ kind: "start", url: SHOWN_URL }));
  else {
    // A worker does not listen: the primary passes it connections, unread, and is told when each
    // closes so it can keep the workers even (server/balance.mjs). The server is told it listens
    // so that node keeps track of its connections (idle ones closed at a stop, request timeouts).
    server.emit("listening");
    process.on("message", (m, socket) => {
      if (m?.type !== "factloop:connection" || !socket) return;
      socket.once("close", () => {
        sockets.delete(socket);
        if (process.connected) process.send({ type: "factloop:closed" });
      });
      if (stopping) return socket.destroy();
      sockets.add(socket);
      server.emit("connection", socket);
      socket.resume();
    });
    log({ kind: "worker-start", url: SHOWN_URL });
    process.send({ type: "factloop:ready" });
  }

  // background work runs in one place: here when alone, in the primary of a cluster
  if (WORKER === null) {
    sweepOldFiles();
    setInterval(sweepOldFiles, 60 * 60 * 1000).unref();
    resumeRederivations(dbPath());
  }

  function stop(signal) {
    if (stopping) return;
    stopping = true;
    log({ kind: WORKER === null ? "stop" : "worker-stop", signal });
    // import jobs run in processes of their own: told to stop, each rolls its transaction back
    // (whole or absent) and leaves the writer queue
    const children = [...(globalThis.__factloopJobChildren ?? [])];
    for (const child of children) child.kill("SIGTERM");
    const jobsDone = Promise.all(children.map((c) => (c.exitCode !== null || c.signalCode !== null ? null : new Promise((r) => c.once("exit", r)))));
    const serverClosed =
      WORKER === null
        ? new Promise((r) => server.close(r))
        : new Promise((r) => {
            // its connections close as each becomes idle (at once for most; a request being
            // answered finishes first)
            const drained = () => {
              server.closeIdleConnections();
              if (sockets.size === 0) return r();
              setTimeout(drained, 50).unref();
            };
            drained();
          });
    Promise.all([jobsDone, serverClosed]).then(() => {
      try {
        globalThis.__factloopDb?.$client.close();
      } catch {
        // already closed
      }
      log({ kind: WORKER === null ? "stopped" : "worker-stopped", jobsInterrupted: children.length });
      process.exit(0);
    });
    server.closeIdleConnections?.();
    // requests still running after ten seconds are cut; imports are transactions, so whole or absent
    setTimeout(() => {
      for (const child of children) child.kill("SIGKILL");
      process.exit(0);
    }, 10_000).unref();
  }
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  // in a cluster the primary says when to stop (a terminal's Ctrl-C reaches every process too)
  if (WORKER !== null) {
    process.on("message", (m) => m?.type === "factloop:stop" && stop(m.signal ?? "primary"));
    // a primary that died without a word (kill -9) leaves its workers: they stop too
    process.on("disconnect", () => stop("primary-gone"));
  }
}
