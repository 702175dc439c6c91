// The export pool: downloads and the print page's table are built in worker threads, never on
// the request thread, so a page request or /healthz never waits behind an export. piscina keeps
// the pool (a few threads per server process, a bounded queue, a memory cap per worker, a
// crashed worker replaced); each worker reads SQLite on a read-only connection of its own and
// hands the file back in chunks, which the response streams to the client as they arrive.
// The gate (sign-in, role, the audit log's "export" entry) stays with the route.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { MessageChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import type { Db } from "../../../db/client";
import { buildExport, type ExportTask } from "./tasks.server";
import { CHUNK_BYTES, END, sendChunks, type WorkerTaskInput, type WorkerTaskResult } from "./worker-task.server";

/** Worker threads per server process: FACTLOOP_EXPORT_THREADS, else one per core less one (at least 1, at most 2). */
export const EXPORT_THREADS = Number(process.env.FACTLOOP_EXPORT_THREADS) >= 1 ? Math.floor(Number(process.env.FACTLOOP_EXPORT_THREADS)) : Math.min(2, Math.max(1, availableParallelism() - 1));
/** Exports that may wait for a thread; one more is refused with "too many exports, try again". */
export const EXPORT_QUEUE = 8;
/** A worker's heap: an export past it ends that worker (and fails that export), never the server. */
export const EXPORT_WORKER_HEAP_MB = 1024;

/** More exports asked for than the pool runs and queues: the route answers 503. */
export class ExportsBusyError extends Error {
  constructor() {
    super("too many exports are being built right now; try again in a moment");
    this.name = "ExportsBusyError";
  }
}

export interface ExportFile extends Omit<WorkerTaskResult, "bytes"> {
  /** the file, streamed as the worker hands it over */
  body: ReadableStream<Uint8Array>;
}

function workerFile(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    for (const candidate of [join(dir, "worker.mjs"), join(dir, "app", "services", "exports", "worker.mjs")]) if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error("app/services/exports/worker.mjs not found");
}

const holder = globalThis as unknown as { __factloopExportPool?: Piscina<WorkerTaskInput, WorkerTaskResult> };

function pool(): Piscina<WorkerTaskInput, WorkerTaskResult> {
  holder.__factloopExportPool ??= new Piscina<WorkerTaskInput, WorkerTaskResult>({
    filename: workerFile(),
    minThreads: 1,
    maxThreads: EXPORT_THREADS,
    maxQueue: EXPORT_QUEUE,
    idleTimeout: 10 * 60_000,
    // below the request thread in the scheduler: on a busy machine pages get the CPU first
    niceIncrement: 10,
    resourceLimits: { maxOldGenerationSizeMb: EXPORT_WORKER_HEAP_MB },
    env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? "production" },
  });
  return holder.__factloopExportPool;
}

/** Exports this process has handed to the pool and not yet got back. */
let runningCount = 0;

/** The pool's threads and the exports it runs and queues (for /healthz and tests). */
export function exportPoolState(): { threads: number; running: number; waiting: number } {
  const p = holder.__factloopExportPool;
  if (!p) return { threads: 0, running: 0, waiting: 0 };
  return { threads: p.threads.length, running: Math.max(0, runningCount - p.queueSize), waiting: p.queueSize };
}

/** A stream fed by a port: chunks as they arrive, closed by END, failed when `failed` rejects. */
function streamFrom(port: import("node:worker_threads").MessagePort): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      port.on("message", (m: Uint8Array | typeof END) => {
        if (m === END) {
          controller.close();
          port.close();
        } else controller.enqueue(m);
      });
    },
    cancel() {
      port.close();
    },
  });
}

/**
 * Builds an export off the request thread and returns it ready to stream. An in-memory database
 * (tests) cannot be opened from another thread, so its exports are built here.
 */
export async function runExport(db: Db, task: ExportTask): Promise<ExportFile> {
  const dbPath = db.$client.name;
  if (db.$client.memory || dbPath === ":memory:") {
    const built = await buildExport(db, task);
    const chunks: Uint8Array[] = [];
    sendChunks(built.body, { postMessage: (c) => chunks.push(c as Uint8Array) });
    return {
      contentType: built.contentType,
      filename: built.filename,
      rows: built.rows,
      found: built.found,
      body: new ReadableStream({
        start(controller) {
          for (const c of chunks) controller.enqueue(c);
          controller.close();
        },
      }),
    };
  }
  const p = pool();
  if (p.queueSize >= EXPORT_QUEUE) throw new ExportsBusyError();
  const { port1, port2 } = new MessageChannel();
  const body = streamFrom(port1);
  runningCount++;
  try {
    const result = await p.run({ dbPath, task, port: port2 }, { transferList: [port2] });
    return { contentType: result.contentType, filename: result.filename, rows: result.rows, found: result.found, body };
  } catch (e) {
    port1.close();
    if ((e as Error).message === "Task queue is at limit") throw new ExportsBusyError();
    throw e;
  } finally {
    runningCount--;
  }
}

/** The whole of a built export as text (the print page's table). */
export async function exportText(file: ExportFile): Promise<string> {
  return new Response(file.body).text();
}

export { CHUNK_BYTES };
