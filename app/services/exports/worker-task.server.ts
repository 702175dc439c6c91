// One export task inside a worker thread: read the database on a read-only connection of this
// worker's own, build the file, and hand it back through the task's MessagePort in chunks that
// are transferred, not copied; the result that settles the task carries what the route needs.
import type { MessagePort } from "node:worker_threads";
import { createDb, openReadonlyDb, type Db } from "../../../db/client";
import { buildExport, type ExportTask } from "./tasks.server";

/** Bytes a message carries at most; the request side streams them to the client as they come. */
export const CHUNK_BYTES = 256 * 1024;

export interface WorkerTaskInput {
  dbPath: string;
  task: ExportTask;
  port: MessagePort;
}

export interface WorkerTaskResult {
  contentType: string;
  filename: string;
  rows: number | null;
  found: boolean;
  bytes: number;
}

/** The end of a file on the port (a chunk is a Uint8Array). */
export const END = "end";

const connections = new Map<string, Db>();

/** Read-only for every export; a forecast writes its cache, through the db client's busy retry. */
function connection(path: string, write: boolean): Db {
  const key = `${write ? "rw" : "ro"}:${path}`;
  let db = connections.get(key);
  if (!db) {
    db = write ? createDb(path) : openReadonlyDb(path);
    connections.set(key, db);
  }
  return db;
}

export async function runExportInWorker({ dbPath, task, port }: WorkerTaskInput): Promise<WorkerTaskResult> {
  try {
    const built = await buildExport(connection(dbPath, task.kind === "forecast"), task);
    sendChunks(built.body, port);
    return { contentType: built.contentType, filename: built.filename, rows: built.rows, found: built.found, bytes: built.body.byteLength };
  } finally {
    port.postMessage(END);
    port.close();
  }
}

export function sendChunks(body: Uint8Array, port: { postMessage(value: unknown, transfer?: ArrayBuffer[]): void }): void {
  for (let at = 0; at < body.byteLength; at += CHUNK_BYTES) {
    const chunk = body.slice(at, at + CHUNK_BYTES);
    port.postMessage(chunk, [chunk.buffer as ArrayBuffer]);
  }
}
