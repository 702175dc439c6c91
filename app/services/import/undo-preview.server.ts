// Before an undo: what it will take out (rows, GMV) and put back, for the confirmation.
import type { Db } from "../../../db/client";
import type { ImportKind } from "../../domain/import/kinds";
import { getBatch, groupBatchRows } from "../../queries/import/batches.server";
import { batchFootprint } from "../../queries/import/undo-preview.server";
import type { MerchantContext } from "../merchants.server";

export interface UndoPreview {
  batchId: number;
  /** every batch the undo takes with it (files imported together go together) */
  batches: { id: number; kind: ImportKind; fileName: string; rows: number }[];
  rows: number;
  /** GMV of the counted orders it removes, in hundredths */
  gmv: number;
  restored: number;
}

export function undoPreview(db: Db, merchant: MerchantContext, batchId: number): UndoPreview | null {
  const batch = getBatch(db, merchant.id, batchId);
  if (!batch || batch.status !== "done") return null;
  const group = batch.groupId === null ? [batch] : groupBatchRows(db, merchant.id, batch.groupId).filter((b) => b.status === "done");
  let rows = 0;
  let gmv = 0;
  let restored = 0;
  const batches = group.map((b) => {
    const f = batchFootprint(db, merchant.id, { id: b.id, kind: b.kind as ImportKind });
    rows += f.rows;
    gmv += f.gmv;
    restored += f.restored;
    return { id: b.id, kind: b.kind as ImportKind, fileName: b.fileName, rows: f.rows };
  });
  return { batchId, batches, rows, gmv, restored };
}
