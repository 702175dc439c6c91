// Sign-in throttling per account and per address: after a few failures in a window, further
// tries wait, doubling each time, so guessing is slow while a person who mistyped is barely held up.
import type { Db } from "../../../db/client";
import { clearFailures, getFailures, putFailures } from "../../queries/auth/sign-in-failures.server";

const WINDOW_MS = 15 * 60 * 1000;
/** failures allowed in a window before a wait */
export const FREE_FAILURES = { email: 5, ip: 20 } as const;
const BASE_WAIT_MS = 30 * 1000;
const MAX_WAIT_MS = 15 * 60 * 1000;

export type ThrottleKey = `email:${string}` | `ip:${string}`;

/** Milliseconds until this key may try again (0 = now). */
export function waitFor(db: Db, key: ThrottleKey, now = Date.now()): number {
  const row = getFailures(db, key);
  return row ? Math.max(0, row.lockedUntil - now) : 0;
}

export function recordFailure(db: Db, key: ThrottleKey, now = Date.now()): void {
  const row = getFailures(db, key);
  const fresh = !row || now - row.windowStart > WINDOW_MS;
  const failures = fresh ? 1 : row.failures + 1;
  const free = key.startsWith("email:") ? FREE_FAILURES.email : FREE_FAILURES.ip;
  const over = failures - free;
  const lockedUntil = over > 0 ? now + Math.min(MAX_WAIT_MS, BASE_WAIT_MS * 2 ** (over - 1)) : 0;
  putFailures(db, { key, failures, windowStart: fresh ? now : row.windowStart, lockedUntil });
}

export function recordSuccess(db: Db, key: ThrottleKey): void {
  clearFailures(db, key);
}
