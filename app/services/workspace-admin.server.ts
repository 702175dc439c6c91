// Creating a merchant from the web: only an owner of the workspace it goes into may.
import type { Db } from "../../db/client";
import { accessEnglish } from "../domain/auth/messages";
import type { User, Workspace } from "../../db/schema";
import { membershipsOfUser } from "../queries/auth/memberships.server";
import { getWorkspaceById } from "../queries/auth/workspaces.server";
import { audit } from "./audit.server";
import { createMerchant, type CreateMerchantResult } from "./merchants.server";

/** The workspaces where a person is owner: where they may add merchants. */
export function ownedWorkspaces(db: Db, userId: number): Workspace[] {
  return membershipsOfUser(db, userId)
    .filter((m) => m.role === "owner" && m.workspaceId != null && m.merchantId == null)
    .map((m) => getWorkspaceById(db, m.workspaceId!))
    .filter((w): w is Workspace => !!w);
}

export function createMerchantInWorkspace(
  db: Db,
  who: { user: User; ip: string },
  workspaceId: number,
  input: { slug: string; name?: string; timezone?: string; currency?: string; category?: string },
): CreateMerchantResult {
  if (!ownedWorkspaces(db, who.user.id).some((w) => w.id === workspaceId)) {
    return { ok: false, error: accessEnglish("onlyOwner") };
  }
  const r = createMerchant(db, { ...input, workspaceId });
  if (r.ok) audit(db, who, { merchantId: r.merchant.id, workspaceId }, "merchant_created", { slug: r.merchant.slug });
  return r;
}
