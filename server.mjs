// factloop's HTTP server: the built Remix app behind the checks that belong before any route.
// Listens on 127.0.0.1 unless HOST says otherwise; answers only for allowed host names (a page
// on a stranger's domain that rebinds its DNS to us gets 421); passes the client's address to
// the app in one header; logs each request as a JSON line; stops cleanly on SIGTERM/SIGINT.
import { createRequestHandler } from "@remix-run/express";
import express from "express";
import { statfsSync } from "node:fs";
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
  const ok = database === "ok" || database === "not opened yet";
  res.status(ok ? 200 : 503).json({ ok, database, diskFreeBytes, uptimeSeconds: Math.round(process.uptime()) });
});

app.use("/assets", express.static(join(clientDir, "assets"), { immutable: true, maxAge: "1y" }));
app.use(express.static(clientDir, { maxAge: "1h" }));
app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV || "production" }));

const server = app.listen(PORT, HOST, () => log({ kind: "start", url: `http://${HOST.includes(":") ? `[${HOST}]` : HOST}:${PORT}` }));

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  log({ kind: "stop", signal });
  server.close(() => {
    try {
      globalThis.__factloopDb?.$client.close();
    } catch {
      // already closed
    }
    process.exit(0);
  });
  server.closeIdleConnections?.();
  // requests still running after ten seconds are cut; imports are transactions, so whole or absent
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
