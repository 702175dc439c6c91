// What every factloop command shares: argument parsing, output and exit codes.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { openDb, type Db } from "../../db/client";

/** Exit codes of the contract: 0 success, 1 bad input, 2 bad usage. */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

export class UsageError extends Error {}
export class InputError extends Error {}

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** writes bytes (xlsx) or text to stdout */
  outBytes: (data: Uint8Array | string) => void;
}

export const processIo: CliIo = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
  outBytes: (d) => process.stdout.write(d),
};

export type Command = (args: string[], io: CliIo) => Promise<number>;

/** parseArgs with strict options; an unknown flag is a UsageError (exit 2). */
export function parse<T extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options: { ...options, db: { type: "string" } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** The database of a command: --db, else DATABASE_URL, else the embedded default. */
export function dbFrom(values: { db?: string | boolean | (string | boolean)[] }): Db {
  return openDb(typeof values.db === "string" ? values.db : undefined);
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")} (got ${String(value)})`);
}
