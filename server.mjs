// factloop's HTTP server: the built Remix app behind the checks that belong before any route.
// Listens on 127.0.0.1 unless HOST says otherwise; answers only for allowed host names (a page
// on a stranger's domain that rebinds its DNS to us gets 421); passes the client's address to
// the app in one header; logs each request as a JSON line; stops cleanly on SIGTERM/SIGINT.
import { createRequestHandler } from "@remix-run/express";
import express from "express";
import Database from "better-sqlite3";
import { existsSync, readdirSync, rmSync, statSync, statfsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
const buildPath = resolve(root, "build", "server", "index.js");
const clientDir = resolve(root, "build", "client");

const HOST = process.env.HOST || "127.0.0.1";
const PORT = Number(process.env.PORT || 3000);
const TRUST_PROXY = process.env.FACTLOOP_TRUST_PROXY === "1";
const CLIENT_IP_HEADER = "x-factloop-client-ip";

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

const log = (entry) => process.stdout.write(`${JSON.stringify({ t: new Date().toISOString(), ...entry })}\n`);

const build = await import(pathToFileURL(buildPath).href);
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
  });
});

app.use("/assets", express.static(join(clientDir, "assets"), { immutable: true, maxAge: "1y" }));
app.use(express.static(clientDir, { maxAge: "1h" }));
app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV || "production" }));

const server = app.listen(PORT, HOST, () => log({ kind: "start", url: `http://${HOST.includes(":") ? `[${HOST}]` : HOST}:${PORT}` }));

sweepOldFiles();
setInterval(sweepOldFiles, 60 * 60 * 1000).unref();

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  log({ kind: "stop", signal });
  // import jobs run in processes of their own: told to stop, each rolls its transaction back
  // (whole or absent) and leaves the writer queue
  const children = [...(globalThis.__factloopJobChildren ?? [])];
  for (const child of children) child.kill("SIGTERM");
  const jobsDone = Promise.all(children.map((c) => (c.exitCode !== null || c.signalCode !== null ? null : new Promise((r) => c.once("exit", r)))));
  const serverClosed = new Promise((r) => server.close(r));
  Promise.all([jobsDone, serverClosed]).then(() => {
    try {
      globalThis.__factloopDb?.$client.close();
    } catch {
      // already closed
    }
    log({ kind: "stopped", jobsInterrupted: children.length });
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
