// Workspaces: an agency or a merchant's own team, owning merchants.
import { asc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { merchants, workspaces, type Workspace } from "../../../db/schema";

export function getWorkspaceBySlug(db: Db, slug: string): Workspace | undefined {
  return db.select().from(workspaces).where(eq(workspaces.slug, slug)).get();
}

export function getWorkspaceById(db: Db, id: number): Workspace | undefined {
  return db.select().from(workspaces).where(eq(workspaces.id, id)).get();
}

export function listWorkspaces(db: Db): Workspace[] {
  return db.select().from(workspaces).orderBy(asc(workspaces.slug)).all();
}

export function insertWorkspace(db: Db, w: { slug: string; name: string; now: number }): Workspace {
  return db.insert(workspaces).values({ slug: w.slug, name: w.name, createdAt: w.now }).returning().get();
}

export function setMerchantWorkspace(db: Db, merchantId: number, workspaceId: number): void {
  db.update(merchants).set({ workspaceId }).where(eq(merchants.id, merchantId)).run();
}
