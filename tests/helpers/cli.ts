// Runs the factloop command line in-process and captures what it prints.
import { main } from "../../app/cli/main";
import type { CliIo } from "../../app/cli/io";

export function captureIo(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    out: (t: string) => void (io.stdout += `${t}\n`),
    err: (t: string) => void (io.stderr += `${t}\n`),
    outBytes: (d: Uint8Array | string) => void (io.stdout += typeof d === "string" ? d : Buffer.from(d).toString("utf8")),
  };
  return io;
}

/** `factloop ARGS --db dbPath`, returning the exit code and the captured output. */
export async function runCli(dbPath: string, ...args: string[]) {
  const io = captureIo();
  const code = await main([...args, "--db", dbPath], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}
