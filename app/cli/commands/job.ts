// factloop job run ID --db FILE: runs a queued job (an import started by the import page, a
// settings change applied on the settings page) in a process of its own, and prints its result as
// one JSON line. factloop job resume --db FILE: finishes the whole re-derivations a killed process
// left half done (the server starts it when it finds one). Not meant to be typed; `factloop jobs`
// lists the queue.
import { resumeRederivations, runSettingsJob } from "../../services/fact/settings-job.server";
import { runImportJob } from "../../services/import/import-job.server";
import { runAsBackground } from "../../services/jobs/job-process.server";
import { listJobs } from "../../services/jobs/writer-queue.server";
import { dbFrom, EXIT, parse, UsageError, type CliIo } from "../io";

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {});
  const [action, id] = positionals;
  const resuming = action === "resume" && !id;
  if (!resuming && (action !== "run" || !id || !/^\d+$/.test(id))) throw new UsageError("job run ID | job resume");
  runAsBackground();
  const db = dbFrom(values);
  // SIGTERM (the server stopping) rolls the running transaction back: an import whole or absent,
  // a settings change's current chunk (docs/decisions/009; the chunks before it stay, and so does
  // the mark of how far they got)
  const stop = () => {
    try {
      if (db.$client.inTransaction) db.$client.exec("ROLLBACK");
    } finally {
      process.exit(143);
    }
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  const kind = resuming ? "resume" : listJobs(db).find((j) => j.id === Number(id))?.kind;
  if (kind === "resume") io.out(JSON.stringify({ resumed: await resumeRederivations(db) }));
  else if (kind === "settings") io.out(JSON.stringify(await runSettingsJob(db, Number(id))));
  else {
    const reports = await runImportJob(db, Number(id));
    io.out(JSON.stringify(reports.map((r) => ({ attemptId: r.attemptId, status: r.status }))));
  }
  db.$client.close();
  return EXIT.ok;
}
