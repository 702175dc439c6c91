// Structured logs of jobs (imports, undos, settings, exports): one JSON line each on stderr,
// beside the server's request lines, so an operator can follow a job from queued to done.
// FACTLOOP_JOB_LOG=off silences them (tests do by default), =stdout moves them.
export function logJob(entry: Record<string, unknown>): void {
  const where = process.env.FACTLOOP_JOB_LOG ?? (process.env.VITEST ? "off" : "stderr");
  if (where === "off") return;
  const line = `${JSON.stringify({ t: new Date().toISOString(), job: true, pid: process.pid, ...entry })}\n`;
  (where === "stdout" ? process.stdout : process.stderr).write(line);
}
