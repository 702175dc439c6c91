// Jobs queued by the server run in a process of their own (`factloop job run ID`): reading a
// hostile file, or re-deriving millions of rows, never holds up the server's event loop, and a
// process that runs out of memory takes down itself, not the server. An in-memory database (tests)
// has no file another process could open: its jobs run in the server's process instead.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { setPriority } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Db } from "../../../db/client";
import { JOB_NODE_FLAGS } from "../../../server/job-flags.mjs";
import { logJob } from "./log.server";

/** bin/factloop.js of this checkout or build, found from here; null when neither has one. */
export function factloopBin(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const bin = resolve(dir, "bin", "factloop.js");
    if (existsSync(bin)) return bin;
    dir = dirname(dir);
  }
  return null;
}

/** How much lower than the server's a background process's CPU priority is (nice 10: about a tenth of the CPU a page's worker gets when both want it). */
export const BACKGROUND_NICE = 10;

/**
 * Lowers this process's CPU priority: a job process (an import, a settings change) or the
 * warm-up leaves the cores to the server's workers while people are reading pages, and takes
 * them whole when nobody is. Threads started afterwards (the import's reading thread) inherit it.
 */
export function runAsBackground(): void {
  try {
    setPriority(BACKGROUND_NICE);
  } catch {
    // not allowed here (some containers): run at the normal priority
  }
}

/** The job processes this server started and that still run: graceful shutdown (server.mjs) interrupts them. */
const children = ((globalThis as unknown as { __factloopJobChildren?: Set<ChildProcess> }).__factloopJobChildren ??= new Set());

/** Whether a database's jobs can run in a process of their own. */
export function canRunJobProcess(db: Db): boolean {
  return !db.$client.memory && factloopBin() !== null;
}

/**
 * Starts `factloop job run ID` for a queued job. Resolves when the process ends, with its exit
 * code and its last line (the job's result, one JSON line).
 */
export function startJobProcess(db: Db, jobId: number): Promise<{ code: number | null; out: string }> {
  const bin = factloopBin();
  if (!bin) throw new Error("bin/factloop.js not found");
  const child = spawn(process.execPath, [...JOB_NODE_FLAGS, bin, "job", "run", String(jobId), "--db", db.$client.name], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? "production" },
  });
  children.add(child);
  // The result is the process's last line. Lines before it are the job's own log lines
  // (FACTLOOP_JOB_LOG=stdout): passed on to this process's stdout as they come.
  let pending = "";
  let last = "";
  child.stdout?.setEncoding("utf8");
  child.stdout?.on("data", (s: string) => {
    pending += s;
    let nl: number;
    while ((nl = pending.indexOf("\n")) >= 0) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      if (!line.trim()) continue;
      if (last) process.stdout.write(`${last}\n`);
      last = line;
    }
    // a runaway line cannot fill the server's memory
    if (pending.length > 1 << 20) pending = "";
  });
  const result = () => (pending.trim() ? pending.trim() : last);
  return new Promise<{ code: number | null; out: string }>((ok) => {
    child.on("exit", (code, signal) => {
      children.delete(child);
      logJob({ kind: "job-process-exit", job: jobId, code, signal });
      ok({ code, out: result() });
    });
    child.on("error", (e) => {
      children.delete(child);
      logJob({ kind: "job-process-error", job: jobId, error: e.message });
      ok({ code: null, out: result() });
    });
  });
}
