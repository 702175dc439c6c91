// Sessions: a random token in a signed, httpOnly, SameSite=Lax cookie; the server keeps its
// SHA-256 with an expiry, so a session can be revoked, expires, and is new at every sign-in.
import { createCookie } from "@remix-run/node";
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../../../db/client";
import type { User } from "../../../db/schema";
import {
  deleteExpiredSessions,
  deleteSession,
  deleteUserSessions,
  getSession,
  insertSession,
  touchSession,
  type SessionRow,
} from "../../queries/auth/sessions.server";
import { getUserById } from "../../queries/auth/users.server";
import { serverSecret } from "./secret.server";
import { clientIp } from "./client-ip.server";

export const SESSION_COOKIE = "factloop_session";
/** idle time after which a session ends */
const IDLE_MS = 14 * 24 * 3600 * 1000;
/** a session never outlives this, however busy */
const ABSOLUTE_MS = 30 * 24 * 3600 * 1000;
/** last-seen is written at most this often */
const TOUCH_EVERY_MS = 10 * 60 * 1000;

let cookie: ReturnType<typeof createCookie> | null = null;
function sessionCookie() {
  cookie ??= createCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: ABSOLUTE_MS / 1000,
    secrets: [serverSecret()],
  });
  return cookie;
}

/** https directly, or behind a proxy we were told to trust. */
export function isHttps(request: Request): boolean {
  if (new URL(request.url).protocol === "https:") return true;
  return process.env.FACTLOOP_TRUST_PROXY === "1" && request.headers.get("x-forwarded-proto")?.split(",")[0].trim() === "https";
}

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export interface SignedIn {
  user: User;
  session: SessionRow;
}

// A page's request is read by the root's, the layout's and the page's loaders and by the language
// detection: the session is looked up once per request (and forgotten when it starts or ends).
const readOf = new WeakMap<Request, Promise<SignedIn | null>>();

/** The signed-in person of a request, or null (no cookie, bad signature, expired, revoked). */
export function readSession(db: Db, request: Request, now = Date.now()): Promise<SignedIn | null> {
  let read = readOf.get(request);
  if (!read) readOf.set(request, (read = lookUpSession(db, request, now)));
  return read;
}

/**
 * Cookie headers already read: the hash of the session token each carries, verified. A signed
 * cookie is checked with an HMAC and decoded on every request otherwise (about 2% of a page's
 * CPU under load, decision 013); the same browser sends the same header each time. Only the
 * reading is remembered: the session itself is looked up on every request, so a revoked or
 * expired one ends at once. The oldest entries go first; long headers are not kept.
 */
const readCookies = new Map<string, string | null>();
const READ_COOKIES_MAX = 1000;
const READ_COOKIE_MAX_LENGTH = 1024;

/** The hash of the request's session token (what the server keeps), or null if it brought none that verifies. */
async function sessionIdHash(request: Request): Promise<string | null> {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  const known = readCookies.get(header);
  if (known !== undefined) return known;
  const token = await sessionCookie().parse(header);
  const idHash = typeof token === "string" && token.length >= 20 ? hashToken(token) : null;
  if (header.length <= READ_COOKIE_MAX_LENGTH) {
    if (readCookies.size >= READ_COOKIES_MAX) readCookies.delete(readCookies.keys().next().value!);
    readCookies.set(header, idHash);
  }
  return idHash;
}

async function lookUpSession(db: Db, request: Request, now: number): Promise<SignedIn | null> {
  const idHash = await sessionIdHash(request);
  if (!idHash) return null;
  const session = getSession(db, idHash);
  if (!session) return null;
  if (session.expiresAt <= now || session.createdAt + ABSOLUTE_MS <= now) {
    deleteSession(db, idHash);
    return null;
  }
  const user = getUserById(db, session.userId);
  if (!user) return null;
  if (now - session.lastSeenAt > TOUCH_EVERY_MS) {
    const expiresAt = Math.min(now + IDLE_MS, session.createdAt + ABSOLUTE_MS);
    touchSession(db, idHash, now, expiresAt);
  }
  return { user, session };
}

/** Starts a fresh session (never reusing one the browser brought) and returns its Set-Cookie. */
export async function startSession(db: Db, request: Request, userId: number, now = Date.now()): Promise<string> {
  readOf.delete(request);
  const old = await sessionIdHash(request);
  if (old) deleteSession(db, old);
  deleteExpiredSessions(db, now);
  const token = randomBytes(32).toString("base64url");
  insertSession(db, {
    idHash: hashToken(token),
    userId,
    csrfToken: randomBytes(24).toString("base64url"),
    createdAt: now,
    expiresAt: now + IDLE_MS,
    lastSeenAt: now,
    ip: clientIp(request),
    userAgent: (request.headers.get("user-agent") ?? "").slice(0, 300),
  });
  return sessionCookie().serialize(token, { secure: isHttps(request) });
}

/** Ends this session and returns the Set-Cookie that clears it. */
export async function endSession(db: Db, request: Request): Promise<string> {
  readOf.delete(request);
  const idHash = await sessionIdHash(request);
  if (idHash) deleteSession(db, idHash);
  return sessionCookie().serialize("", { maxAge: 0, secure: isHttps(request) });
}

/** Signs a person out of every session (optionally keeping the current one). */
export function endAllSessions(db: Db, userId: number, keepIdHash?: string): number {
  return deleteUserSessions(db, userId, keepIdHash);
}
