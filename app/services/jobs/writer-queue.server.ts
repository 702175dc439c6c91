// The one writer queue: imports, undos and settings changes of every merchant, from the server,
// its import processes and the command line, take turns here, first come first served. A job
// waits (visibly: the page and the command line show what it waits for) instead of failing on a
// locked database; a busy timeout would give up after seconds while an import holds the
// database for minutes.
//
// The queue lives in a small SQLite file beside the database (`<db>.jobs`): its writes are
// short, so they never wait behind an import's long transaction, which the queue itself keeps
// to one at a time. A job whose process died (kill -9) is dropped by whoever looks next.
import { AsyncLocalStorage } from "node:async_hooks";
import { hostname } from "node:os";
import Database from "better-sqlite3";
import type { Db } from "../../../db/client";
import { logJob } from "./log.server";

export type JobKind = "import" | "undo" | "settings";
export type JobState = "waiting" | "running";

export interface JobProgress {
  phase?: string;
  rowsDone?: number;
  bytesDone?: number;
  bytesTotal?: number;
  batchIds?: number[];
  /** the batch being imported now */
  attemptId?: number;
  fileName?: string;
}

export interface JobInfo {
  id: number;
  kind: JobKind;
  merchant: string | null;
  label: string;
  state: JobState;
  pid: number;
  queuedAt: number;
  startedAt: number | null;
  progress: JobProgress | null;
  payload: string | null;
}

export interface JobSpec {
  kind: JobKind;
  merchant: string | null;
  label: string;
}

const HOST = hostname();
const POLL_MS = 150;

/** Where a database's queue is kept; null for an in-memory database (one process, one queue in memory). */
export function jobsPathFor(dbPath: string): string | null {
  return dbPath === ":memory:" || dbPath === "" ? null : `${dbPath}.jobs`;
}

const opened = ((globalThis as unknown as { __factloopJobsDbs?: Map<string, Database.Database> }).__factloopJobsDbs ??= new Map());

function jobsDb(path: string): Database.Database {
  let db = opened.get(path);
  if (db?.open) return db;
  db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 30000");
  db.exec(`CREATE TABLE IF NOT EXISTS jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    merchant TEXT,
    label TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'waiting',
    pid INTEGER NOT NULL,
    host TEXT NOT NULL,
    queued_at INTEGER NOT NULL,
    started_at INTEGER,
    progress TEXT,
    payload TEXT
  )`);
  opened.set(path, db);
  return db;
}

function pathOf(db: Db | string): string | null {
  return jobsPathFor(typeof db === "string" ? db : db.$client.name);
}

interface JobRow {
  id: number;
  kind: JobKind;
  merchant: string | null;
  label: string;
  state: JobState;
  pid: number;
  host: string;
  queued_at: number;
  started_at: number | null;
  progress: string | null;
  payload: string | null;
}

function toInfo(r: JobRow): JobInfo {
  let progress: JobProgress | null = null;
  try {
    progress = r.progress ? (JSON.parse(r.progress) as JobProgress) : null;
  } catch {
    progress = null;
  }
  return {
    id: r.id, kind: r.kind, merchant: r.merchant, label: r.label, state: r.state, pid: r.pid,
    queuedAt: r.queued_at, startedAt: r.started_at, progress, payload: r.payload,
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Every job of the queue, oldest first, after dropping those whose process is gone. */
function rows(q: Database.Database): JobRow[] {
  const all = q.prepare("SELECT * FROM jobs ORDER BY id").all() as JobRow[];
  const dead = all.filter((r) => r.host === HOST && r.pid !== process.pid && !alive(r.pid));
  if (dead.length) {
    const del = q.prepare("DELETE FROM jobs WHERE id = ? AND pid = ?");
    for (const r of dead) {
      del.run(r.id, r.pid);
      logJob({ kind: "job-dropped", job: r.id, what: r.kind, label: r.label, deadPid: r.pid });
    }
    return all.filter((r) => !dead.includes(r));
  }
  return all;
}

// ---- in memory, for an in-memory database ----
interface MemoryQueue {
  next: number;
  jobs: JobRow[];
}
const memory = ((globalThis as unknown as { __factloopMemoryJobs?: MemoryQueue }).__factloopMemoryJobs ??= { next: 1, jobs: [] });

/** The jobs of a database's queue, running first, then waiting in turn. */
export function listJobs(db: Db | string): JobInfo[] {
  const path = pathOf(db);
  const list = path ? rows(jobsDb(path)) : memory.jobs;
  return list.map(toInfo).sort((a, b) => (a.state === b.state ? a.id - b.id : a.state === "running" ? -1 : 1));
}

/** How many jobs wait or run: the figure /healthz reports. */
export function queueLength(db: Db | string): number {
  return listJobs(db).length;
}

/** Puts a job in the queue, waiting, and returns its id; `payload` tells the process that runs it what to do. */
export function enqueueJob(db: Db | string, spec: JobSpec, payload: unknown = null, progress: JobProgress | null = null): number {
  const path = pathOf(db);
  const now = Date.now();
  const payloadText = payload === null ? null : JSON.stringify(payload);
  const progressText = progress === null ? null : JSON.stringify(progress);
  let id: number;
  if (!path) {
    id = memory.next++;
    memory.jobs.push({ id, ...spec, state: "waiting", pid: process.pid, host: HOST, queued_at: now, started_at: null, progress: progressText, payload: payloadText });
  } else {
    id = Number(
      jobsDb(path)
        .prepare("INSERT INTO jobs (kind, merchant, label, state, pid, host, queued_at, progress, payload) VALUES (?, ?, ?, 'waiting', ?, ?, ?, ?, ?)")
        .run(spec.kind, spec.merchant, spec.label, process.pid, HOST, now, progressText, payloadText).lastInsertRowid,
    );
  }
  logJob({ kind: "job-queued", job: id, what: spec.kind, merchant: spec.merchant, label: spec.label });
  return id;
}

/** A queued job taken over by this process (a job process started by the server). */
export function adoptJob(db: Db | string, id: number): JobInfo | null {
  const path = pathOf(db);
  if (!path) return listJobs(db).find((j) => j.id === id) ?? null;
  const q = jobsDb(path);
  const r = q.prepare("UPDATE jobs SET pid = ?, host = ? WHERE id = ? RETURNING *").get(process.pid, HOST, id) as JobRow | undefined;
  return r ? toInfo(r) : null;
}

/** Adds to a job's progress (the fields given replace theirs, the others stay). */
export function setJobProgress(db: Db | string, id: number, progress: JobProgress): void {
  const path = pathOf(db);
  const text = JSON.stringify(progress);
  if (!path) {
    const j = memory.jobs.find((x) => x.id === id);
    if (j) j.progress = JSON.stringify({ ...(j.progress ? JSON.parse(j.progress) : {}), ...progress });
    return;
  }
  jobsDb(path).prepare("UPDATE jobs SET progress = json_patch(coalesce(progress, '{}'), ?) WHERE id = ?").run(text, id);
}

export function removeJob(db: Db | string, id: number): void {
  const path = pathOf(db);
  if (!path) {
    memory.jobs = memory.jobs.filter((j) => j.id !== id);
    return;
  }
  jobsDb(path).prepare("DELETE FROM jobs WHERE id = ?").run(id);
}

/** Tries to start a waiting job: it runs when no job runs and it is first in line. */
function tryStart(path: string | null, id: number): boolean {
  const now = Date.now();
  if (!path) {
    const first = memory.jobs.filter((j) => j.state === "waiting").sort((a, b) => a.id - b.id)[0];
    if (memory.jobs.some((j) => j.state === "running") || first?.id !== id) return false;
    first.state = "running";
    first.started_at = now;
    return true;
  }
  const q = jobsDb(path);
  const list = rows(q);
  if (list.some((r) => r.state === "running")) return false;
  if (list.find((r) => r.state === "waiting")?.id !== id) return false;
  // one statement: of two processes that both saw the queue free, one changes the row
  return (
    q
      .prepare("UPDATE jobs SET state = 'running', started_at = ? WHERE id = ? AND NOT EXISTS (SELECT 1 FROM jobs WHERE state = 'running')")
      .run(now, id).changes === 1
  );
}

/** What a waiting job is told: the job that runs and those ahead of it. */
export interface WaitingFor {
  running: JobInfo | null;
  ahead: number;
}

const held = new AsyncLocalStorage<Map<string, number>>();

export interface WriterOptions {
  /** a job already queued (enqueueJob) to run as */
  jobId?: number;
  /** called while waiting, when what it waits for changes */
  onWait?: (w: WaitingFor) => void;
  /** called once the turn has come */
  onStart?: (jobId: number) => void;
}

/** What a job may do with its turn while it runs. */
export interface Turn {
  /**
   * Lets the jobs waiting now run first, then waits for the turn again at the back of the line:
   * a long job calls it between steps that each leave the database consistent (a re-derivation's
   * chunks), so other merchants' imports do not wait for all of it. True when some job ran
   * meanwhile (what the caller read before may have changed), false when none was waiting. The
   * job is queued again under a new id.
   */
  give(): Promise<boolean>;
}

/** A nested writer's turn belongs to the outer one: it keeps it. */
const KEEP: Turn = { give: async () => false };

/**
 * Takes a running job out of the line and queues it again, last, when some job is waiting:
 * its new id, or null when none waits (it keeps running).
 */
function requeue(path: string | null, id: number): number | null {
  const now = Date.now();
  if (!path) {
    if (!memory.jobs.some((j) => j.state === "waiting")) return null;
    const j = memory.jobs.find((x) => x.id === id);
    if (!j) return null;
    memory.jobs = memory.jobs.filter((x) => x.id !== id);
    const next = memory.next++;
    memory.jobs.push({ ...j, id: next, state: "waiting", queued_at: now, started_at: null });
    return next;
  }
  const q = jobsDb(path);
  return q.transaction(() => {
    if (!rows(q).some((r) => r.state === "waiting")) return null;
    const r = q
      .prepare(
        `INSERT INTO jobs (kind, merchant, label, state, pid, host, queued_at, progress, payload)
         SELECT kind, merchant, label, 'waiting', pid, host, ?, progress, payload FROM jobs WHERE id = ? RETURNING id`,
      )
      .get(now, id) as { id: number } | undefined;
    if (!r) return null;
    q.prepare("DELETE FROM jobs WHERE id = ?").run(id);
    return r.id;
  }).immediate();
}

/** Waits until job `id` is first in line and nothing runs, then marks it running. */
async function waitTurn(db: Db, path: string | null, id: number, onWait?: (w: WaitingFor) => void): Promise<void> {
  let told = "";
  while (!tryStart(path, id)) {
    if (onWait) {
      const list = listJobs(db);
      const running = list.find((j) => j.state === "running") ?? null;
      const ahead = list.filter((j) => j.state === "waiting" && j.id < id).length;
      const now = `${running?.id}:${ahead}`;
      if (now !== told) {
        told = now;
        onWait({ running, ahead });
      }
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/**
 * Runs `fn` as the only writer of the database: queues, waits its turn (however long), runs,
 * and leaves the queue whatever happens. Reentrant: a writer that calls another writer (an
 * import job that imports several files) keeps its turn. `fn` may give its turn to waiting jobs
 * between consistent steps (`turn.give()`).
 */
export async function withWriter<T>(db: Db, spec: JobSpec, fn: (jobId: number, turn: Turn) => Promise<T> | T, o: WriterOptions = {}): Promise<T> {
  const path = pathOf(db);
  const key = path ?? `memory:${db.$client.name}`;
  const mine = held.getStore();
  const outer = mine?.get(key);
  if (outer !== undefined) return fn(outer, KEEP);
  const id = o.jobId ?? enqueueJob(db, spec);
  let current = id;
  const started = Date.now();
  try {
    await waitTurn(db, path, id, o.onWait);
    const waitedMs = Date.now() - started;
    logJob({ kind: "job-started", job: id, what: spec.kind, merchant: spec.merchant, label: spec.label, waitedMs });
    o.onStart?.(id);
    const inner = new Map(mine ?? []);
    inner.set(key, id);
    let gaveMs = 0;
    const turn: Turn = {
      give: async () => {
        const next = requeue(path, current);
        if (next === null) return false;
        const gave = Date.now();
        logJob({ kind: "job-gave-turn", job: current, next, what: spec.kind, merchant: spec.merchant, label: spec.label });
        current = next;
        inner.set(key, next);
        await waitTurn(db, path, next);
        gaveMs += Date.now() - gave;
        logJob({ kind: "job-resumed", job: next, what: spec.kind, merchant: spec.merchant, label: spec.label, waitedMs: Date.now() - gave });
        return true;
      },
    };
    const result = await held.run(inner, () => fn(id, turn));
    logJob({ kind: "job-finished", job: current, what: spec.kind, merchant: spec.merchant, label: spec.label, ms: Date.now() - started - waitedMs - gaveMs });
    return result;
  } catch (e) {
    logJob({ kind: "job-failed", job: current, what: spec.kind, merchant: spec.merchant, label: spec.label, error: (e as Error).message });
    throw e;
  } finally {
    removeJob(db, current);
  }
}

/** True while any job holds the writer's turn (a running batch without one was cut off). */
export function writerBusy(db: Db | string): boolean {
  return listJobs(db).some((j) => j.state === "running");
}

/** The rows of this process, removed when it exits normally (a killed one is dropped by the next look). */
function leaveOnExit(): void {
  for (const q of opened.values()) {
    try {
      if (q.open) q.prepare("DELETE FROM jobs WHERE pid = ? AND host = ?").run(process.pid, HOST);
    } catch {
      // the process is ending anyway
    }
  }
}
const flags = globalThis as unknown as { __factloopJobsExitHook?: boolean };
if (!flags.__factloopJobsExitHook) {
  flags.__factloopJobsExitHook = true;
  process.on("exit", leaveOnExit);
}
