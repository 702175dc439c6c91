// Export routes' side of the pool: run the task off the request thread, answer a full queue with
// 503 in the reader's language, and stream the file as an attachment.
import type { Db } from "../../../db/client";
import { tFor } from "../../i18n/i18next.server";
import { ExportsBusyError, runExport, type ExportFile } from "./pool.server";
import type { ExportTask } from "./tasks.server";

/**
 * The export, built in a worker. A full pool throws a 503: as text for a download (`as:
 * "text"`), or as `{ busy: "exports" }` for a page's error boundary (`as: "page"`).
 */
export async function buildOffThread(request: Request, db: Db, task: ExportTask, as: "text" | "page" = "text"): Promise<ExportFile> {
  try {
    return await runExport(db, task);
  } catch (e) {
    if (!(e instanceof ExportsBusyError)) throw e;
    if (as === "page") throw new Response(JSON.stringify({ busy: "exports" }), { status: 503, headers: { "Content-Type": "application/json; charset=utf-8", "Retry-After": "5" } });
    const { t } = await tFor(request);
    throw new Response(t("errors.exportsBusy"), { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "5" } });
  }
}

/** A built export as a download. */
export function attachment(file: ExportFile): Response {
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "Cache-Control": "no-store",
    },
  });
}
