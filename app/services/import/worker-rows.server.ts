// The writing side of a two-thread import (docs/decisions/011): starts the reading thread
// (row-worker.server.ts) and gives its packed batches in file order, with at most a few on their
// way at once. The reading thread runs the same reader and row check as a single-threaded import.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { migrationsFolder } from "../../../db/client";
import { ImportLimitError } from "../../domain/import/limits";
import type { PackedBatch } from "../../domain/import/row-batch";
import { FileProblem } from "./readers/source.server";
import type { RowWorkerInput, RowWorkerMessage } from "./row-worker.server";

/** Batches on their way from the reading thread at once: enough to keep both threads busy. */
export const ROWS_IN_FLIGHT = 4;

/**
 * Whether an import reads in a thread of its own: `FACTLOOP_IMPORT_WORKER=off` keeps every import
 * on one thread, `on` sends every CSV to the thread (even small ones, as the tests do, and fails
 * when the thread cannot start); the default, auto, leaves small files on one thread, where
 * starting a thread costs more than it saves, and falls back to one thread when none can start.
 */
export type WorkerChoice = "auto" | "on" | "off";

export function workerChoice(option: WorkerChoice | undefined): WorkerChoice {
  if (option && option !== "auto") return option;
  const env = process.env.FACTLOOP_IMPORT_WORKER;
  return env === "on" || env === "off" ? env : "auto";
}

/** The reading thread's source file: beside this one, or (in the server build) under the project root. */
function entryFile(): string | null {
  const here = resolve(dirname(fileURLToPath(import.meta.url)), "row-worker.server.ts");
  if (existsSync(here)) return here;
  const fromRoot = resolve(dirname(dirname(migrationsFolder)), "app", "services", "import", "row-worker.server.ts");
  return existsSync(fromRoot) ? fromRoot : null;
}

// The thread loads the TypeScript source through tsx's CommonJS hook, in the thread itself,
// whatever loaded this process (tsx, vitest or the server build); it inherits no loader flags.
// (tsx's ES module hook would start one more thread with a heap of its own: 15–25 MB more at the peak.)
const BOOTSTRAP = `
const { workerData } = require("node:worker_threads");
require(workerData.tsxApi).register();
require(workerData.entry);
`;

/**
 * The reading thread's heap. Its garbage is the rows of a chunk or two at a time, yet with V8's
 * defaults its old generation grew to 50–60 MB before a full collection; with a ceiling V8 sizes
 * the heap to it and collects sooner (peak RSS of reading 200,000 orders: 180–206 MB without,
 * 144–146 MB with 128 or 256 MB). 256 MB still holds the largest record a file may have (32 MB of
 * text, as UTF-16 and while it is joined), so an unclosed quote gets its message, not an
 * out-of-memory error; the young generation is kept small for the same reason.
 */
const WORKER_YOUNG_MB = 8;
const WORKER_OLD_MB = 256;

export interface WorkerRows {
  /** the header row's width and line as the reading thread found them */
  width: number;
  headerLine: number;
  batches: AsyncGenerator<PackedBatch>;
  bytesRead(): number;
  close(): Promise<void>;
}

/**
 * Starts the reading thread and waits for it to read the header. Null when no thread can be
 * started here (the caller then reads on its own thread, as it would for a small file).
 */
export async function startWorkerRows(input: Omit<RowWorkerInput, "inFlight">): Promise<WorkerRows | null> {
  const entry = entryFile();
  if (!entry) return null;
  let tsxApi: string;
  try {
    tsxApi = createRequire(import.meta.url).resolve("tsx/cjs/api");
  } catch {
    return null;
  }
  const worker = new Worker(BOOTSTRAP, {
    eval: true,
    execArgv: [],
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB, maxOldGenerationSizeMb: WORKER_OLD_MB },
    workerData: { tsxApi, entry, rowWorker: { ...input, inFlight: ROWS_IN_FLIGHT } satisfies RowWorkerInput },
  });
  const queue: RowWorkerMessage[] = [];
  let failure: Error | null = null;
  let exited = false;
  let wake: (() => void) | null = null;
  const poke = () => {
    wake?.();
    wake = null;
  };
  worker.on("message", (m: RowWorkerMessage) => {
    queue.push(m);
    poke();
  });
  worker.on("error", (e) => {
    failure = e;
    poke();
  });
  worker.on("exit", () => {
    exited = true;
    poke();
  });
  const nextMessage = async (): Promise<RowWorkerMessage> => {
    for (;;) {
      const m = queue.shift();
      if (m) return m;
      if (failure) throw failure;
      if (exited) throw new Error("the import's reading thread stopped without a word");
      await new Promise<void>((r) => (wake = r));
    }
  };
  const close = async () => {
    worker.removeAllListeners("message");
    await worker.terminate();
  };

  let first: RowWorkerMessage;
  try {
    first = await nextMessage();
  } catch {
    // the thread could not even start (no tsx here, a module that does not load): read on one thread
    await close();
    return null;
  }
  if (first.type === "error") {
    await close();
    throw problemOf(first);
  }
  if (first.type !== "ready") {
    await close();
    throw new Error(`the import's reading thread began with ${first.type}`);
  }

  let bytesRead = 0;
  async function* batches(): AsyncGenerator<PackedBatch> {
    try {
      for (;;) {
        const m = await nextMessage();
        if (m.type === "batch") {
          bytesRead = m.batch.bytesRead;
          // taken: the reading thread may read one more
          worker.postMessage("taken");
          yield m.batch;
        } else if (m.type === "end") {
          bytesRead = m.bytesRead;
          return;
        } else if (m.type === "error") {
          throw problemOf(m);
        } else {
          throw new Error(`the import's reading thread sent ${m.type} twice`);
        }
      }
    } finally {
      await close();
    }
  }

  return { width: first.width, headerLine: first.headerLine, batches: batches(), bytesRead: () => bytesRead, close };
}

/** A problem the reading thread met, as the error the single-threaded reader would have thrown. */
function problemOf(m: Extract<RowWorkerMessage, { type: "error" }>): Error {
  if (m.problem === "file" && m.code) return new FileProblem(m.code, m.line);
  if (m.problem === "limit" && m.code) return new ImportLimitError(m.code, m.line);
  const e = new Error(m.message);
  if (m.stack) e.stack = m.stack;
  return e;
}
