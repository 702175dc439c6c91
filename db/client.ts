// Opens a factloop database: createDb(path) has no side effects until called.
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * The project root: this file sits in db/ when run from source (tsx, vitest) but is bundled
 * into build/server/ by Vite, so walk up to the folder that holds db/migrations.
 */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(resolve(dir, "db", "migrations"))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

const root = projectRoot();
export const migrationsFolder = resolve(root, "db", "migrations");

/** The embedded default database file. */
export const defaultDbPath = resolve(root, "data", "factloop.sqlite");

/** Where the database lives: an explicit path, else DATABASE_URL, else the embedded default. */
export function resolveDbPath(explicit?: string): string {
  const raw = explicit ?? process.env.DATABASE_URL ?? defaultDbPath;
  return raw.replace(/^file:/, "");
}

/**
 * How long a statement waits for another connection's write lock (SQLite's busy timeout), and
 * how often a statement or transaction that still met it is tried again: after a pause that
 * doubles each time, waiting BUSY_RETRY_TIMEOUT_MS more each try. Small writes (sessions, audit,
 * saved reports, plans, memberships) thus never fail with a raw SQLITE_BUSY because an import
 * holds the lock a moment too long, nor with the SQLITE_BUSY that SQLite's busy wait does not
 * cover (a read transaction that must become a write after another connection wrote: it is
 * tried again whole). Past every try (5 + 0.25 + 1 + 0.5 + 1 = 7.75 s by default) the write
 * fails whole with DatabaseBusyError. The waits sleep the thread, as SQLite's own busy wait
 * does. FACTLOOP_BUSY_TIMEOUT_MS shortens the first wait (tests).
 */
export const BUSY_TIMEOUT_MS = Number(process.env.FACTLOOP_BUSY_TIMEOUT_MS) > 0 ? Number(process.env.FACTLOOP_BUSY_TIMEOUT_MS) : 5000;
export const BUSY_RETRIES = 2;
export const BUSY_BACKOFF_MS = 250;
export const BUSY_RETRY_TIMEOUT_MS = Math.min(1000, BUSY_TIMEOUT_MS);

/** A write that found the database locked by another connection through every try: nothing of it was written. */
export class DatabaseBusyError extends Error {
  readonly code = "FACTLOOP_DB_BUSY";
  constructor(readonly tries: number) {
    super("the database is busy (another import or change holds its write lock); nothing was written, try again in a moment");
    this.name = "DatabaseBusyError";
  }
}

export interface DbOptions {
  /** SQLite's busy timeout of this connection; BUSY_TIMEOUT_MS unless given */
  busyTimeoutMs?: number;
  /** What a write that stays busy through every try throws; DatabaseBusyError unless given (the app throws a 503 response). */
  onBusy?: (e: DatabaseBusyError) => unknown;
}

interface BusyPolicy {
  timeoutMs: number;
  retryTimeoutMs: number;
  onBusy: (e: DatabaseBusyError) => unknown;
}

const isBusy = (e: unknown) => {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "SQLITE_BUSY" || code === "SQLITE_BUSY_SNAPSHOT" || code === "SQLITE_BUSY_RECOVERY";
};

const pause = new Int32Array(new SharedArrayBuffer(4));
/** better-sqlite3 is synchronous, and so is SQLite's own busy wait: the retry pauses the same way. */
const sleep = (ms: number) => Atomics.wait(pause, 0, 0, ms);

/**
 * Tries `once` again after a pause while it fails with SQLITE_BUSY, up to BUSY_RETRIES times;
 * called after the first try failed so (the first try costs nothing on the hot path: no check
 * before it). Only outside a transaction: a statement inside one is retried with its whole
 * transaction.
 */
function retryAfterBusy<T>(sqlite: Database.Database, once: () => T, busy: BusyPolicy): T {
  for (let attempt = 1; ; attempt++) {
    if (attempt > BUSY_RETRIES) throw busy.onBusy(new DatabaseBusyError(attempt));
    sleep(BUSY_BACKOFF_MS * 2 ** (attempt - 1));
    // a retry waits the shorter busy timeout; the connection's own comes back after
    sqlite.pragma(`busy_timeout = ${busy.retryTimeoutMs}`);
    try {
      return once();
    } catch (e) {
      if (!isBusy(e) || sqlite.inTransaction) throw e;
    } finally {
      sqlite.pragma(`busy_timeout = ${busy.timeoutMs}`);
    }
  }
}

/** Whether a failure is a busy one that the retry takes over: outside any transaction only. */
const retriable = (sqlite: Database.Database, e: unknown) => isBusy(e) && !sqlite.inTransaction;

/**
 * The one place SQLITE_BUSY is handled: every statement run outside a transaction and every
 * transaction (better-sqlite3's and so drizzle's) is retried whole. A transaction rolls back
 * before it is tried again, so a write that gives up has written nothing.
 */
function retryOnBusy(sqlite: Database.Database, busy: BusyPolicy): void {
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const stmt = prepare(source);
    for (const method of ["run", "get", "all"] as const) {
      const original = stmt[method] as (...args: unknown[]) => unknown;
      // `arguments` passed straight on and nothing checked before the first try: the import's
      // hot path (inside its transaction) pays only the call
      (stmt as unknown as Record<string, unknown>)[method] = function () {
        // eslint-disable-next-line prefer-rest-params
        const args = arguments as unknown as unknown[];
        try {
          return original.apply(stmt, args);
        } catch (e) {
          if (!retriable(sqlite, e)) throw e;
          return retryAfterBusy(sqlite, () => original.apply(stmt, args), busy);
        }
      };
    }
    return stmt;
  }) as typeof sqlite.prepare;
  const transaction = sqlite.transaction.bind(sqlite);
  sqlite.transaction = ((fn: (...args: unknown[]) => unknown) => {
    const tx = transaction(fn);
    const wrap = (variant: (...args: unknown[]) => unknown) =>
      function (this: unknown, ...args: unknown[]) {
        try {
          return variant.apply(this, args);
        } catch (e) {
          // a nested transaction is a savepoint of the outer one, which is retried whole
          if (!retriable(sqlite, e)) throw e;
          return retryAfterBusy(sqlite, () => variant.apply(this, args), busy);
        }
      };
    const wrapped = Object.assign(wrap(tx), {
      default: wrap(tx.default),
      deferred: wrap(tx.deferred),
      immediate: wrap(tx.immediate),
      exclusive: wrap(tx.exclusive),
    });
    return wrapped;
  }) as typeof sqlite.transaction;
}

export function createDb(path: string = resolveDbPath(), options: DbOptions = {}): Db {
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  const timeoutMs = Math.floor(options.busyTimeoutMs ?? BUSY_TIMEOUT_MS);
  sqlite.pragma(`busy_timeout = ${timeoutMs}`);
  sqlite.pragma("cache_size = -65536");
  retryOnBusy(sqlite, { timeoutMs, retryTimeoutMs: Math.min(BUSY_RETRY_TIMEOUT_MS, timeoutMs), onBusy: options.onBusy ?? ((e) => e) });
  return drizzle(sqlite, { schema }) as Db;
}

/**
 * A read-only connection to an existing database (the export workers): it can never write or
 * take the write lock, and in WAL mode it reads while an import writes.
 */
export function openReadonlyDb(path: string): Db {
  const sqlite = new Database(resolveDbPath(path), { readonly: true, fileMustExist: true });
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma("cache_size = -32768");
  return drizzle(sqlite, { schema }) as Db;
}

/**
 * A query built and prepared once per connection, for the hot path: every request reads its
 * session, person, memberships and merchant, and building a drizzle query costs more than running it.
 */
export function perConnection<T>(build: (db: Db) => T): (db: Db) => T {
  const built = new WeakMap<Db, T>();
  return (db) => {
    let q = built.get(db);
    if (q === undefined) built.set(db, (q = build(db)));
    return q;
  };
}

export function migrateDb(db: Db): void {
  migrate(db, { migrationsFolder });
}

/** Open and migrate: what the app, the command line and tests use. */
export function openDb(path?: string, options: DbOptions = {}): Db {
  const db = createDb(resolveDbPath(path), options);
  migrateDb(db);
  return db;
}
