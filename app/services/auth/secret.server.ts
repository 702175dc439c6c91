// The server's secret: signs session cookies. FACTLOOP_SECRET in production; otherwise one is
// made on first use and kept beside the database, so restarts keep people signed in.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { resolveDbPath } from "../../../db/client";

let cached: string | null = null;

export function serverSecret(): string {
  if (cached) return cached;
  const fromEnv = process.env.FACTLOOP_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error("FACTLOOP_SECRET must be at least 32 characters.");
    return (cached = fromEnv);
  }
  const dbPath = resolveDbPath();
  const file = dbPath === ":memory:" ? null : resolve(dirname(resolve(dbPath)), "factloop.secret");
  if (file && existsSync(file)) return (cached = readFileSync(file, "utf8").trim());
  const made = randomBytes(32).toString("base64url");
  if (file) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, made, { mode: 0o600 });
  }
  return (cached = made);
}
