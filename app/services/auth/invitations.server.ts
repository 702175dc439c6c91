// Invitation links: single-use, expiring, revocable, each granting one role in a workspace or
// in one merchant. The link carries a random token; only its hash is stored.
import { randomBytes } from "node:crypto";
import type { Db } from "../../../db/client";
import type { Invitation, User } from "../../../db/schema";
import type { Role } from "../../domain/auth/roles";
import { claimInvitation, getInvitationByHash, insertInvitation, invitationsFor, revokeInvitation } from "../../queries/auth/invitations.server";
import { upsertMembership } from "../../queries/auth/memberships.server";
import { getWorkspaceById } from "../../queries/auth/workspaces.server";
import { getMerchantById } from "../../queries/merchants.server";
import type { MerchantContext } from "../merchants.server";
import { hashToken } from "./session.server";

export const INVITATION_DAYS = 7;

export interface NewInvitation {
  token: string;
  path: string;
  expiresAt: number;
}

export function createInvitation(
  db: Db,
  by: User,
  merchant: MerchantContext,
  input: { scope: "workspace" | "merchant"; role: Role; email?: string },
  now = Date.now(),
): NewInvitation {
  const token = randomBytes(24).toString("base64url");
  const expiresAt = now + INVITATION_DAYS * 24 * 3600 * 1000;
  const toWorkspace = input.scope === "workspace" && merchant.workspaceId != null;
  insertInvitation(db, {
    tokenHash: hashToken(token),
    workspaceId: toWorkspace ? merchant.workspaceId : null,
    merchantId: toWorkspace ? null : merchant.id,
    role: input.role,
    email: (input.email ?? "").trim().slice(0, 254),
    createdBy: by.id,
    createdAt: now,
    expiresAt,
  });
  return { token, path: `/invite/${token}`, expiresAt };
}

export type InvitationState = "open" | "used" | "revoked" | "expired";

export function invitationState(inv: Invitation, now = Date.now()): InvitationState {
  if (inv.revokedAt) return "revoked";
  if (inv.usedAt) return "used";
  if (inv.expiresAt <= now) return "expired";
  return "open";
}

export interface InvitationView {
  id: number;
  role: Role;
  email: string;
  scope: "workspace" | "merchant";
  /** what it opens: the workspace or merchant name */
  target: string;
  state: InvitationState;
  expiresAt: number;
  merchantId: number | null;
  workspaceId: number | null;
}

function view(db: Db, inv: Invitation, now: number): InvitationView {
  const target =
    inv.workspaceId != null ? (getWorkspaceById(db, inv.workspaceId)?.name ?? "") : (getMerchantById(db, inv.merchantId ?? -1)?.name ?? "");
  return {
    id: inv.id,
    role: inv.role,
    email: inv.email,
    scope: inv.workspaceId != null ? "workspace" : "merchant",
    target,
    state: invitationState(inv, now),
    expiresAt: inv.expiresAt,
    merchantId: inv.merchantId,
    workspaceId: inv.workspaceId,
  };
}

/** What an invitation link opens, or null when the token matches none. */
export function lookUpInvitation(db: Db, token: string, now = Date.now()): InvitationView | null {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const inv = getInvitationByHash(db, hashToken(token));
  return inv ? view(db, inv, now) : null;
}

/** Accepts an open invitation for a signed-in person; a used, revoked or expired one grants nothing. */
export function acceptInvitation(db: Db, token: string, user: User, now = Date.now()): { ok: true; invitation: InvitationView } | { ok: false; error: string } {
  const found = lookUpInvitation(db, token, now);
  if (!found) return { ok: false, error: "This invitation link is not valid." };
  if (found.state !== "open") return { ok: false, error: `This invitation link was already ${found.state === "used" ? "used" : found.state}.` };
  return db.transaction(() => {
    if (!claimInvitation(db, found.id, user.id, now)) return { ok: false as const, error: "This invitation link was already used." };
    upsertMembership(db, { userId: user.id, workspaceId: found.workspaceId, merchantId: found.merchantId, role: found.role, now });
    return { ok: true as const, invitation: found };
  });
}

export function invitationsOf(db: Db, merchant: MerchantContext, now = Date.now()): InvitationView[] {
  return invitationsFor(db, { workspaceId: merchant.workspaceId, merchantId: merchant.id }).map((i) => view(db, i, now));
}

export function cancelInvitation(db: Db, merchant: MerchantContext, id: number, now = Date.now()): boolean {
  return revokeInvitation(db, id, { workspaceId: merchant.workspaceId, merchantId: merchant.id }, now);
}
