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

export function createDb(path: string = resolveDbPath()): Db {
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("cache_size = -65536");
  return drizzle(sqlite, { schema }) as Db;
}

export function migrateDb(db: Db): void {
  migrate(db, { migrationsFolder });
}

/** Open and migrate: what the app, the command line and tests use. */
export function openDb(path?: string): Db {
  const db = createDb(resolveDbPath(path));
  migrateDb(db);
  return db;
}
