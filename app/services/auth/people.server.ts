// People, workspaces and memberships: the use cases behind sign-in, the members page and the
// `factloop user|member|workspace` commands.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "../../../db/client";
import type { User, Workspace } from "../../../db/schema";
import { accessEnglish } from "../../domain/auth/messages";
import { isRole, type Role } from "../../domain/auth/roles";
import { clearDemoDoor, getDemoDoor, putDemoDoor } from "../../queries/auth/demo-door.server";
import {
  countWorkspaceOwners,
  deleteMembership,
  findMemberships,
  getMembership,
  merchantsVisibleTo,
  setMembershipRole,
  upsertMembership,
} from "../../queries/auth/memberships.server";
import { getUserByEmail, getUserById, insertUser, listUsers, setUserPassword } from "../../queries/auth/users.server";
import { getWorkspaceBySlug, insertWorkspace, listWorkspaces, setMerchantWorkspace } from "../../queries/auth/workspaces.server";
import { findMerchant, toContext, type MerchantContext } from "../merchants.server";
import { decoyHash, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "./password.server";
import { endAllSessions } from "./session.server";
import { recordFailure, recordSuccess, waitFor } from "./throttle.server";

export type Result<T> = ({ ok: true } & T) | { ok: false; error: string };

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .email(accessEnglish("notEmail"));

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, accessEnglish("passwordShort", { min: MIN_PASSWORD_LENGTH }))
  .max(200, accessEnglish("passwordLong"));

export const workspaceSlugSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, accessEnglish("workspaceSlug"));

export async function createUser(db: Db, input: { email: string; name?: string; password: string }): Promise<Result<{ user: User }>> {
  const email = emailSchema.safeParse(input.email);
  if (!email.success) return { ok: false, error: email.error.issues[0].message };
  const password = passwordSchema.safeParse(input.password);
  if (!password.success) return { ok: false, error: password.error.issues[0].message };
  if (getUserByEmail(db, email.data)) return { ok: false, error: accessEnglish("userExists", { email: email.data }) };
  const user = insertUser(db, { email: email.data, name: input.name?.trim() ?? "", passwordHash: await hashPassword(password.data), now: Date.now() });
  return { ok: true, user };
}

export function allUsers(db: Db): User[] {
  return listUsers(db);
}

export function findUser(db: Db, email: string): User | undefined {
  const parsed = emailSchema.safeParse(email);
  return parsed.success ? getUserByEmail(db, parsed.data) : undefined;
}

/** One message for every failure, so sign-in never says whether an email exists. */
export const SIGN_IN_FAILED = accessEnglish("signInFailed");

export type SignInResult = { ok: true; user: User } | { ok: false; error: string; waitSeconds?: number };

/**
 * Checks an email and password, throttled per account and per address. An unknown email costs
 * the same hash as a known one and fails with the same words.
 */
export async function checkSignIn(db: Db, input: { email: string; password: string; ip: string }, now = Date.now()): Promise<SignInResult> {
  const email = String(input.email ?? "").trim().toLowerCase().slice(0, 254);
  const keys = [`email:${email}`, `ip:${input.ip || "unknown"}`] as const;
  const wait = Math.max(...keys.map((k) => waitFor(db, k, now)));
  if (wait > 0) {
    const waitSeconds = Math.ceil(wait / 1000);
    return { ok: false, error: accessEnglish("tooManyTries", { seconds: waitSeconds }), waitSeconds };
  }
  const user = email ? getUserByEmail(db, email) : undefined;
  const good = await verifyPassword(String(input.password ?? ""), user?.passwordHash ?? (await decoyHash()));
  if (!user || !good) {
    for (const k of keys) recordFailure(db, k, now);
    return { ok: false, error: SIGN_IN_FAILED };
  }
  for (const k of keys) recordSuccess(db, k);
  return { ok: true, user };
}

export async function changePassword(
  db: Db,
  user: User,
  input: { current: string; next: string },
  keepSessionIdHash?: string,
): Promise<Result<{ signedOut: number }>> {
  if (!(await verifyPassword(input.current, user.passwordHash))) return { ok: false, error: accessEnglish("currentWrong") };
  const next = passwordSchema.safeParse(input.next);
  if (!next.success) return { ok: false, error: next.error.issues[0].message };
  setUserPassword(db, user.id, await hashPassword(next.data), Date.now());
  // the demo door closes for good once its password is changed
  const door = getDemoDoor(db);
  if (door?.userId === user.id) clearDemoDoor(db);
  // a changed password ends every other session
  const signedOut = endAllSessions(db, user.id, keepSessionIdHash);
  return { ok: true, signedOut };
}

/** Sets a password without knowing the old one: the local administrator's command line. */
export async function resetPassword(db: Db, user: User, password: string): Promise<Result<object>> {
  const next = passwordSchema.safeParse(password);
  if (!next.success) return { ok: false, error: next.error.issues[0].message };
  setUserPassword(db, user.id, await hashPassword(next.data), Date.now());
  const door = getDemoDoor(db);
  if (door?.userId === user.id) clearDemoDoor(db);
  endAllSessions(db, user.id);
  return { ok: true };
}

export function createWorkspace(db: Db, input: { slug: string; name?: string }): Result<{ workspace: Workspace }> {
  const slug = workspaceSlugSchema.safeParse(input.slug);
  if (!slug.success) return { ok: false, error: slug.error.issues[0].message };
  if (getWorkspaceBySlug(db, slug.data)) return { ok: false, error: accessEnglish("workspaceExists", { slug: slug.data }) };
  return { ok: true, workspace: insertWorkspace(db, { slug: slug.data, name: input.name?.trim() || slug.data, now: Date.now() }) };
}

export function findWorkspace(db: Db, slug: string): Workspace | undefined {
  return getWorkspaceBySlug(db, slug);
}

export function allWorkspaces(db: Db): Workspace[] {
  return listWorkspaces(db);
}

export function moveMerchantToWorkspace(db: Db, merchantId: number, workspaceId: number): void {
  setMerchantWorkspace(db, merchantId, workspaceId);
}

export type Scope = { workspace: Workspace } | { merchant: MerchantContext };

/** Grants a role in a workspace or in one merchant; granting again changes the role. */
export function grant(db: Db, userId: number, scope: Scope, role: Role): void {
  upsertMembership(db, {
    userId,
    workspaceId: "workspace" in scope ? scope.workspace.id : null,
    merchantId: "merchant" in scope ? scope.merchant.id : null,
    role,
    now: Date.now(),
  });
}

/** Removes a person's grant; the last owner of a workspace cannot be removed. */
export function revoke(db: Db, userId: number, scope: Scope): Result<{ removed: number }> {
  const found = findMemberships(db, userId, "workspace" in scope ? { workspaceId: scope.workspace.id } : { merchantId: scope.merchant.id });
  if (found.length === 0) return { ok: false, error: accessEnglish("noMembership") };
  for (const m of found) {
    if (m.workspaceId != null && m.role === "owner" && countWorkspaceOwners(db, m.workspaceId) <= 1) {
      return { ok: false, error: accessEnglish("lastOwner") };
    }
  }
  for (const m of found) deleteMembership(db, m.id);
  // a removed person's open sessions keep no access: the gate reads memberships on every request
  return { ok: true, removed: found.length };
}

/** Removes one membership row by id, checked to belong to the merchant's scope. */
export function removeMembershipInScope(
  db: Db,
  membershipId: number,
  merchant: MerchantContext,
): Result<{ userId: number; role: Role; scope: "workspace" | "merchant" }> {
  const m = getMembership(db, membershipId);
  const inScope = m && (m.merchantId === merchant.id || (m.merchantId == null && m.workspaceId != null && m.workspaceId === merchant.workspaceId));
  if (!m || !inScope) return { ok: false, error: accessEnglish("noMember") };
  if (m.workspaceId != null && m.role === "owner" && countWorkspaceOwners(db, m.workspaceId) <= 1) {
    return { ok: false, error: accessEnglish("lastOwner") };
  }
  deleteMembership(db, m.id);
  return { ok: true, userId: m.userId, role: m.role, scope: m.merchantId != null ? "merchant" : "workspace" };
}

/** Changes the role of a membership in the merchant's scope; the last workspace owner stays owner. */
export function changeRoleInScope(db: Db, membershipId: number, merchant: MerchantContext, role: Role): Result<{ userId: number; from: Role }> {
  const m = getMembership(db, membershipId);
  const inScope = m && (m.merchantId === merchant.id || (m.merchantId == null && m.workspaceId != null && m.workspaceId === merchant.workspaceId));
  if (!m || !inScope) return { ok: false, error: accessEnglish("noMember") };
  if (m.workspaceId != null && m.role === "owner" && role !== "owner" && countWorkspaceOwners(db, m.workspaceId) <= 1) {
    return { ok: false, error: accessEnglish("lastOwner") };
  }
  setMembershipRole(db, m.id, role);
  return { ok: true, userId: m.userId, from: m.role };
}

export function visibleMerchants(db: Db, userId: number): MerchantContext[] {
  return merchantsVisibleTo(db, userId).map(toContext);
}

export function parseRole(v: unknown): Role | null {
  return isRole(v) ? v : null;
}

// ---- the demo ------------------------------------------------------------------------------

export const DEMO_EMAIL = "demo@factloop.local";

/**
 * The demo workspace, merchant owner and door: on a fresh database the owner gets a generated
 * password, kept so "Open the demo" can sign in with it until someone changes it.
 */
export async function ensureDemoAccess(db: Db, merchantSlug = "demo"): Promise<{ workspace: Workspace; user: User } | null> {
  const merchant = findMerchant(db, merchantSlug);
  if (!merchant) return null;
  const workspace = findWorkspace(db, "demo") ?? insertWorkspace(db, { slug: "demo", name: "光感美妆 Lumière Beauty", now: Date.now() });
  if (merchant.workspaceId == null) setMerchantWorkspace(db, merchant.id, workspace.id);
  let user = getUserByEmail(db, DEMO_EMAIL);
  if (!user) {
    const password = randomBytes(18).toString("base64url");
    user = insertUser(db, { email: DEMO_EMAIL, name: "Lumière Beauty", passwordHash: await hashPassword(password), now: Date.now() });
    putDemoDoor(db, user.id, password);
    upsertMembership(db, { userId: user.id, workspaceId: workspace.id, merchantId: null, role: "owner", now: Date.now() });
  }
  return { workspace, user };
}

/** The demo owner, when the demo door is still open (its generated password unchanged). */
export async function openDemoDoor(db: Db): Promise<User | null> {
  const door = getDemoDoor(db);
  if (!door) return null;
  const user = getUserById(db, door.userId);
  if (!user || !(await verifyPassword(door.password, user.passwordHash))) return null;
  return user;
}

export function demoDoorIsOpen(db: Db): boolean {
  return getDemoDoor(db) != null;
}
