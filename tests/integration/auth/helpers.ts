// People, workspaces and requests for the sign-in tests, on an in-memory database the app's
// getDb() also returns.
import type { Db } from "../../../db/client";
import type { Role } from "../../../app/domain/auth/roles";
import { createUser, createWorkspace, grant, moveMerchantToWorkspace } from "../../../app/services/auth/people.server";
import { startSession } from "../../../app/services/auth/session.server";
import type { MerchantContext } from "../../../app/services/merchants.server";
import { findMerchant } from "../../../app/services/merchants.server";
import { makeMerchant, memoryDb } from "../../helpers/db";

export const ORIGIN = "http://127.0.0.1:3000";

export function appDb(): Db {
  const db = memoryDb();
  (globalThis as { __factloopDb?: Db }).__factloopDb = db;
  return db;
}

export async function person(db: Db, email: string, password = "correct horse battery"): Promise<{ id: number; email: string; password: string }> {
  const r = await createUser(db, { email, password });
  if (!r.ok) throw new Error(r.error);
  return { id: r.user.id, email, password };
}

/** Two agencies: A owns shop-a, B owns shop-b. */
export function twoAgencies(db: Db): { a: MerchantContext; b: MerchantContext; wa: number; wb: number } {
  const wa = createWorkspace(db, { slug: "agency-a" });
  const wb = createWorkspace(db, { slug: "agency-b" });
  if (!wa.ok || !wb.ok) throw new Error("workspaces");
  const a = makeMerchant(db, "shop-a");
  const b = makeMerchant(db, "shop-b");
  moveMerchantToWorkspace(db, a.id, wa.workspace.id);
  moveMerchantToWorkspace(db, b.id, wb.workspace.id);
  return { a: findMerchant(db, "shop-a")!, b: findMerchant(db, "shop-b")!, wa: wa.workspace.id, wb: wb.workspace.id };
}

export async function memberOf(db: Db, email: string, workspaceSlug: string, role: Role) {
  const p = await person(db, email);
  const { findWorkspace } = await import("../../../app/services/auth/people.server");
  grant(db, p.id, { workspace: findWorkspace(db, workspaceSlug)! }, role);
  return p;
}

/** A signed-in browser: its cookie and CSRF token. */
export async function signedIn(db: Db, userId: number): Promise<{ cookie: string; csrf: string }> {
  const setCookie = await startSession(db, new Request(`${ORIGIN}/signin`, { method: "POST" }), userId);
  const cookie = setCookie.split(";")[0];
  const row = db.$client.prepare("SELECT csrf_token FROM sessions WHERE user_id = ? ORDER BY created_at DESC LIMIT 1").get(userId) as {
    csrf_token: string;
  };
  return { cookie, csrf: row.csrf_token };
}

export function page(path: string, cookie?: string): Request {
  return new Request(`${ORIGIN}${path}`, { headers: { accept: "text/html", ...(cookie ? { cookie } : {}) } });
}

export function post(path: string, body: Record<string, string>, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}${path}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", host: "127.0.0.1:3000", ...headers },
    body: new URLSearchParams(body),
  });
}

/** Runs a gate call and returns the Response it threw (or null when it let the request through). */
export async function thrown(p: Promise<unknown>): Promise<Response | null> {
  try {
    await p;
    return null;
  } catch (e) {
    if (e instanceof Response) return e;
    throw e;
  }
}
