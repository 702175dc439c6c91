// The one gate below the routes: every loader and action resolves the signed-in person, the
// merchant and the action here. A merchant or record the person may not see is a 404 exactly
// like one that does not exist; a visible merchant with a forbidden action is a 403 naming the
// role needed; an anonymous page request goes to sign-in, an anonymous data request gets 401.
import { redirect } from "@remix-run/node";
import type { Db } from "../../../db/client";
import type { User } from "../../../db/schema";
import { can, roleNeededFor, strongerRole, type MerchantAction, type Role } from "../../domain/auth/roles";
import { membershipsOfUser } from "../../queries/auth/memberships.server";
import { getDb } from "../../db.server";
import { audit, type AuditAction } from "../audit.server";
import { clientIp } from "./client-ip.server";
import { findMerchant, type MerchantContext } from "../merchants.server";
import { readSession, type SignedIn } from "./session.server";
import type { SessionRow } from "../../queries/auth/sessions.server";

export const CSRF_FIELD = "_csrf";
export const CSRF_HEADER = "x-csrf-token";

export interface Gate {
  db: Db;
  user: User;
  session: SessionRow;
}

export interface MerchantGate extends Gate {
  merchant: MerchantContext;
  role: Role;
  /** writes to the merchant's audit log as this person, from this request's address */
  audit: (action: AuditAction, detail?: Record<string, unknown>) => void;
}

/** The thrown 404 of a merchant that is missing or hidden: the same words either way. */
export function notFound(what = "This page"): Response {
  return new Response(`${what} does not exist, or you do not have access to it.`, { status: 404, statusText: "Not Found" });
}

const isRead = (request: Request) => request.method === "GET" || request.method === "HEAD";

/** Whether a browser is navigating to a page (then sign-in is a redirect) rather than fetching data. */
function wantsPage(request: Request): boolean {
  if (!isRead(request)) return false;
  const accept = request.headers.get("accept") ?? "";
  return accept.includes("text/html");
}

function anonymous(request: Request): Response {
  if (wantsPage(request)) {
    const url = new URL(request.url);
    const next = `${url.pathname}${url.search}`;
    return redirect(`/signin?next=${encodeURIComponent(next)}`);
  }
  return new Response("Sign in to see this.", { status: 401, statusText: "Unauthorized" });
}

/**
 * Cross-site defence for a state-changing request: the browser says where it came from
 * (Sec-Fetch-Site / Origin) and the request echoes the session's token (a header, the URL's
 * `_csrf` for uploads, or the form's `_csrf` field).
 */
async function checkCsrf(request: Request, session: SessionRow): Promise<void> {
  refuseCrossSite(request);
  const token = await sentCsrfToken(request);
  if (!token || token !== session.csrfToken) {
    throw new Response("This form has expired. Reload the page and try again.", { status: 403, statusText: "Forbidden" });
  }
}

/**
 * What a browser says about where a request came from: a cross-site or foreign-origin write is
 * refused. Used alone by the sign-in forms, which have no session (and so no token) yet.
 */
export function refuseCrossSite(request: Request): void {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw forbiddenCrossSite();
  const origin = request.headers.get("origin");
  if (origin && origin !== "null") {
    const forwarded = process.env.FACTLOOP_TRUST_PROXY === "1" ? request.headers.get("x-forwarded-host") : null;
    const host = forwarded ?? request.headers.get("host");
    let originHost = "";
    try {
      originHost = new URL(origin).host;
    } catch {
      throw forbiddenCrossSite();
    }
    if (!host || originHost !== host) throw forbiddenCrossSite();
  } else if (origin === "null") throw forbiddenCrossSite();
}

function forbiddenCrossSite(): Response {
  return new Response("This request came from another site and was refused.", { status: 403, statusText: "Forbidden" });
}

async function sentCsrfToken(request: Request): Promise<string | null> {
  const header = request.headers.get(CSRF_HEADER);
  if (header) return header;
  const fromUrl = new URL(request.url).searchParams.get(CSRF_FIELD);
  if (fromUrl) return fromUrl;
  const type = request.headers.get("content-type") ?? "";
  // small form posts carry it as a field; uploads (multipart) carry it in the URL, so a large
  // body is never read twice
  if (type.startsWith("application/x-www-form-urlencoded")) {
    const form = await request.clone().formData();
    const v = form.get(CSRF_FIELD);
    return typeof v === "string" ? v : null;
  }
  return null;
}

/** The signed-in person, or null: for pages that also show something to anonymous visitors. */
export async function currentUser(request: Request): Promise<(SignedIn & { db: Db }) | null> {
  const db = getDb();
  const s = await readSession(db, request);
  return s ? { db, ...s } : null;
}

/** A page or action that needs someone signed in, but no merchant. */
export async function requireUser(request: Request): Promise<Gate> {
  const db = getDb();
  const s = await readSession(db, request);
  if (!s) throw anonymous(request);
  if (!isRead(request)) await checkCsrf(request, s.session);
  return { db, user: s.user, session: s.session };
}

/** The person's role in a merchant (their workspace role or a grant of that merchant alone), or null. */
export function roleIn(db: Db, userId: number, merchant: { id: number; workspaceId: number | null }): Role | null {
  let role: Role | null = null;
  for (const m of membershipsOfUser(db, userId)) {
    if (m.merchantId === merchant.id) role = strongerRole(role, m.role);
    else if (m.merchantId == null && m.workspaceId != null && m.workspaceId === merchant.workspaceId) role = strongerRole(role, m.role);
  }
  return role;
}

/**
 * The gate of every merchant page, export and action: who, which merchant, may they do this.
 * Reads are "read" or "export"; anything that changes data names its action.
 */
export async function requireMerchant(request: Request, slug: string | undefined, action: MerchantAction = "read"): Promise<MerchantGate> {
  const gate = await requireUser(request);
  const merchant = slug ? findMerchant(gate.db, slug) : undefined;
  const role = merchant ? roleIn(gate.db, gate.user.id, merchant) : null;
  if (!merchant || !role) throw notFound("This merchant");
  if (!can(role, action)) {
    const needed = roleNeededFor(action);
    throw new Response(
      JSON.stringify({ forbidden: true, action, needed, role }),
      { status: 403, statusText: "Forbidden", headers: { "Content-Type": "application/json; charset=utf-8" } },
    );
  }
  const record = (what: AuditAction, detail: Record<string, unknown> = {}) =>
    audit(gate.db, { user: gate.user, ip: clientIp(request) }, { merchantId: merchant.id, workspaceId: merchant.workspaceId }, what, detail);
  // every download is logged here, so no export route can forget it
  if (action === "export") {
    const url = new URL(request.url);
    record("export", { path: url.pathname, query: url.search.slice(0, 500) });
  }
  return { ...gate, merchant, role, audit: record };
}
