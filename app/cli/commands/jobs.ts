// factloop jobs [--json]: the writer queue — the import, undo or settings change that runs and
// those waiting for it, from every process.
import { jobTitle } from "../../domain/jobs";
import { listJobs } from "../../services/jobs/writer-queue.server";
import { dbFrom, EXIT, parse, type CliIo } from "../io";

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, { json: { type: "boolean" } });
  const db = dbFrom(values);
  const jobs = listJobs(db).map(({ payload: _p, ...j }) => j);
  if (values.json) io.out(JSON.stringify(jobs, null, 2));
  else if (jobs.length === 0) io.out("No job is running or waiting.");
  else for (const j of jobs) io.out(`${j.id}\t${j.state}\t${jobTitle(j)}\tpid ${j.pid}${j.progress?.rowsDone ? `\t${j.progress.rowsDone} rows` : ""}`);
  return EXIT.ok;
}
