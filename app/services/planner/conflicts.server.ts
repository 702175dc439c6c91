// A plan's lines that another merchant of the same workspace and category books at the same time.
import type { Db } from "../../../db/client";
import { findConflicts, type Conflict } from "../../domain/planner/conflicts";
import { workspaceBookings } from "../../queries/planner/workspace-bookings.server";
import type { MerchantContext } from "../merchants.server";
import type { SavedPlan } from "./plans.server";

export function planConflicts(db: Db, merchant: MerchantContext, plan: Pick<SavedPlan, "lines">): Conflict[] {
  if (merchant.workspaceId === null || !merchant.category) return [];
  const others = workspaceBookings(db, {
    merchantId: merchant.id,
    workspaceId: merchant.workspaceId,
    category: merchant.category,
    accountIds: [...new Set(plan.lines.map((l) => l.accountId))],
  });
  return findConflicts(plan.lines, others);
}
