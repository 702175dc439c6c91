// Lines booked in the plans of the other merchants of a workspace that share a category.
import type { Db } from "../../../db/client";
import type { BookedLine } from "../../domain/planner/conflicts";

export function workspaceBookings(db: Db, q: { merchantId: number; workspaceId: number; category: string; accountIds: readonly string[] }): BookedLine[] {
  if (q.accountIds.length === 0 || q.category === "") return [];
  const params: Record<string, unknown> = { merchantId: q.merchantId, workspaceId: q.workspaceId, category: q.category };
  q.accountIds.forEach((a, i) => (params[`a${i}`] = a));
  return db.$client
    .prepare(
      `SELECT p.id AS planId, p.name AS planName, m.slug AS merchantSlug, m.name AS merchantName,
              l.account_id AS accountId, l.from_day AS fromDay, l.to_day AS toDay
         FROM plan_lines l JOIN plans p ON p.id = l.plan_id JOIN merchants m ON m.id = l.merchant_id
        WHERE m.workspace_id = @workspaceId AND m.category = @category AND m.id <> @merchantId
          AND l.account_id IN (${q.accountIds.map((_, i) => `@a${i}`).join(", ")})`,
    )
    .all(params) as BookedLine[];
}
