// Progress of the merchant's imports, polled by the import page: ?ids=12,13 (batches) and
// ?jobs=4 (imports queued in the writer queue, which may still wait for another one).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { OTHER_MERCHANTS_FILE, waitingMessage, waitingMessageOf } from "~/domain/jobs";
import { batchSummary } from "~/services/import/batches.server";
import { listJobs, type JobInfo } from "~/services/jobs/writer-queue.server";
import { requireMerchant } from "~/services/route-context.server";

function idList(v: string | null): number[] {
  return (v ?? "")
    .split(",")
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0)
    .slice(0, 50);
}

/** A running job's file as the progress bar shows it (the job runs in a process of its own). */
function jobProgress(j: JobInfo, now = Date.now()) {
  const p = j.progress ?? {};
  const seconds = j.startedAt ? (now - j.startedAt) / 1000 : 0;
  return {
    fileName: p.fileName ?? j.label,
    kind: "",
    phase: (p.phase === "finishing" ? "finishing" : "reading") as "reading" | "finishing",
    rowsDone: p.rowsDone ?? 0,
    percent: p.bytesTotal ? Math.min(100, ((p.bytesDone ?? 0) / p.bytesTotal) * 100) : null,
    rowsPerSecond: seconds > 0.2 && p.rowsDone ? p.rowsDone / seconds : null,
  };
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const url = new URL(request.url);
  const all = listJobs(db);
  const running = all.find((j) => j.state === "running") ?? null;
  const mine = all.filter((j) => j.merchant === merchant.slug);
  const jobs = idList(url.searchParams.get("jobs")).map((id) => {
    const j = mine.find((x) => x.id === id);
    if (!j) return { id, state: "gone" as const, waiting: null, waitingMessage: null, batchIds: [] as number[] };
    const ahead = all.filter((x) => x.state === "waiting" && x.id < j.id).length;
    // what runs may be another merchant's: only its kind is named then
    const runs = running && running.merchant === merchant.slug ? running : running ? { kind: running.kind, merchant: null, label: OTHER_MERCHANTS_FILE } : null;
    return {
      id,
      state: j.state,
      // the English (as the command line says it) and the message the page translates
      waiting: j.state === "waiting" ? waitingMessage(runs, ahead) : null,
      waitingMessage: j.state === "waiting" ? waitingMessageOf(runs, ahead) : null,
      batchIds: j.progress?.batchIds ?? [],
    };
  });
  const byAttempt = new Map(mine.filter((j) => j.progress?.attemptId).map((j) => [j.progress!.attemptId!, j]));
  const batchIds = [...new Set([...idList(url.searchParams.get("ids")), ...jobs.flatMap((j) => j.batchIds)])];
  const batches = batchIds.flatMap((id) => {
    const b = batchSummary(db, merchant, id);
    if (!b) return [];
    const p = b.progress;
    const job = b.status === "running" ? byAttempt.get(id) : undefined;
    return [
      {
        id: b.id,
        status: b.status,
        progress: p
          ? { fileName: p.fileName, kind: p.kind, phase: p.phase, rowsDone: p.rowsDone, percent: p.percent, rowsPerSecond: p.rowsPerSecond }
          : job
            ? { ...jobProgress(job), kind: b.kind }
            : null,
      },
    ];
  });
  return { batches, jobs };
}
