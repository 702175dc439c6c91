// The members page: who can reach a merchant, with what role, and the invitation links out.
import type { Db } from "../../db/client";
import { membersOfMerchant, type MemberRow } from "../queries/auth/memberships.server";
import { getWorkspaceById } from "../queries/auth/workspaces.server";
import { invitationsOf, type InvitationView } from "./auth/invitations.server";
import type { MerchantContext } from "./merchants.server";

export interface MembersPage {
  workspace: string | null;
  members: MemberRow[];
  invitations: InvitationView[];
}

export function membersPage(db: Db, merchant: MerchantContext): MembersPage {
  return {
    workspace: merchant.workspaceId != null ? (getWorkspaceById(db, merchant.workspaceId)?.name ?? null) : null,
    members: membersOfMerchant(db, merchant.id, merchant.workspaceId),
    invitations: invitationsOf(db, merchant),
  };
}

/** The emails of everyone who can reach the merchant: whose sign-ins its audit log shows. */
export function memberEmails(db: Db, merchant: MerchantContext): string[] {
  return [...new Set(membersOfMerchant(db, merchant.id, merchant.workspaceId).map((m) => m.email))];
}
