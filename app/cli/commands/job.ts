// factloop job run ID --db FILE: runs a queued import job (started by the server's import page)
// in a process of its own. Not meant to be typed; `factloop jobs` lists the queue.
import { runImportJob } from "../../services/import/import-job.server";
import { dbFrom, EXIT, parse, UsageError, type CliIo } from "../io";

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {});
  const [action, id] = positionals;
  if (action !== "run" || !id || !/^\d+$/.test(id)) throw new UsageError("job run ID");
  const db = dbFrom(values);
  // SIGTERM (the server stopping) rolls the running import back: whole or absent
  const stop = () => {
    try {
      if (db.$client.inTransaction) db.$client.exec("ROLLBACK");
    } finally {
      process.exit(143);
    }
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  const reports = await runImportJob(db, Number(id));
  io.out(JSON.stringify(reports.map((r) => ({ attemptId: r.attemptId, status: r.status }))));
  db.$client.close();
  return EXIT.ok;
}
