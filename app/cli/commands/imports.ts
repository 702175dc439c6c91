// factloop imports list --merchant SLUG | factloop imports undo BATCH --merchant SLUG
import { listBatches, undoBatch } from "../../services/import/batches.server";
import { findMerchant } from "../../services/merchants.server";
import { withWriter } from "../../services/jobs/writer-queue.server";
import { waitingMessage } from "../../domain/jobs";
import { dbFrom, EXIT, InputError, parse, UsageError, type CliIo } from "../io";

function when(ms: number | null): string {
  return ms === null ? "" : new Date(ms).toISOString().replace("T", " ").slice(0, 19);
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { merchant: { type: "string" }, json: { type: "boolean" } });
  const [action, batch] = positionals;
  if (action !== "list" && action !== "undo") throw new UsageError('imports takes "list" or "undo BATCH"');
  if (!values.merchant) throw new UsageError(`imports ${action} needs --merchant SLUG`);
  const db = dbFrom(values);
  const merchant = findMerchant(db, values.merchant);
  if (!merchant) throw new InputError(`There is no merchant "${values.merchant}"`);

  if (action === "list") {
    const batches = listBatches(db, merchant);
    if (values.json) {
      io.out(JSON.stringify(batches.map(({ progress: _p, ...b }) => b), null, 2));
      return EXIT.ok;
    }
    io.out(["batch", "kind", "file", "status", "rows", "inserted", "replaced", "unchanged", "rejected", "started (UTC)"].join("\t"));
    for (const b of batches) {
      const r = b.report;
      io.out(
        [
          b.id, b.kind, b.fileName, b.statusNote ?? b.status,
          r?.rowsRead ?? 0, r?.inserted ?? 0, r?.replaced ?? 0, r?.unchanged ?? 0, r?.rejected ?? 0, when(b.startedAt),
        ].join("\t"),
      );
    }
    return EXIT.ok;
  }

  if (!batch || !/^\d+$/.test(batch)) throw new UsageError("imports undo needs a BATCH number (see imports list)");
  const r = await withWriter(db, { kind: "undo", merchant: merchant.slug, label: `batch ${batch}` }, () => undoBatch(db, merchant, Number(batch)), {
    onWait: (w) => io.err(waitingMessage(w.running, w.ahead)),
  });
  if (!r.ok) throw new InputError(r.error);
  io.out(`Undid batch ${r.batchId}: ${r.removed.toLocaleString("en-US")} rows removed, ${r.restored.toLocaleString("en-US")} earlier rows restored.`);
  return EXIT.ok;
}
