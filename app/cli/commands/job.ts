// factloop job run ID --db FILE: runs a queued job (an import started by the import page, a
// settings change applied on the settings page) in a process of its own, and prints its result as
// one JSON line. Not meant to be typed; `factloop jobs` lists the queue.
import { runSettingsJob } from "../../services/fact/settings-job.server";
import { runImportJob } from "../../services/import/import-job.server";
import { runAsBackground } from "../../services/jobs/job-process.server";
import { listJobs } from "../../services/jobs/writer-queue.server";
import { dbFrom, EXIT, parse, UsageError, type CliIo } from "../io";

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {});
  const [action, id] = positionals;
  if (action !== "run" || !id || !/^\d+$/.test(id)) throw new UsageError("job run ID");
  runAsBackground();
  const db = dbFrom(values);
  // SIGTERM (the server stopping) rolls the running transaction back: an import whole or absent,
  // a settings change's current chunk (docs/decisions/009)
  const stop = () => {
    try {
      if (db.$client.inTransaction) db.$client.exec("ROLLBACK");
    } finally {
      process.exit(143);
    }
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  const kind = listJobs(db).find((j) => j.id === Number(id))?.kind;
  if (kind === "settings") io.out(JSON.stringify(await runSettingsJob(db, Number(id))));
  else {
    const reports = await runImportJob(db, Number(id));
    io.out(JSON.stringify(reports.map((r) => ({ attemptId: r.attemptId, status: r.status }))));
  }
  db.$client.close();
  return EXIT.ok;
}
