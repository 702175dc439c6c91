// Job processes (imports, re-derivations) start with JOB_NODE_FLAGS (server/job-flags.mjs), and
// node accepts them: a flag node refused would fail every job before it began.
import { spawnSync } from "node:child_process";
import { EventEmitter } from "node:events";
import { describe, expect, it, vi } from "vitest";
import { JOB_NODE_FLAGS } from "../../../server/job-flags.mjs";

const spawned: string[][] = [];
vi.mock("node:child_process", async (original) => ({
  ...(await original<typeof import("node:child_process")>()),
  spawn: (_cmd: string, args: string[]) => {
    spawned.push(args);
    const child = Object.assign(new EventEmitter(), { stdout: null });
    setImmediate(() => child.emit("exit", 0, null));
    return child;
  },
}));

describe("job processes' node flags", () => {
  it("come before the command of every job process the server starts", async () => {
    const { startJobProcess, factloopBin } = await import("../../../app/services/jobs/job-process.server");
    const db = { $client: { name: "data/some.sqlite" } } as Parameters<typeof startJobProcess>[0];
    await startJobProcess(db, 7);
    expect(spawned).toEqual([[...JOB_NODE_FLAGS, factloopBin(), "job", "run", "7", "--db", "data/some.sqlite"]]);
  });

  it("are flags node accepts", () => {
    expect(JOB_NODE_FLAGS.length).toBeGreaterThan(0);
    const r = spawnSync(process.execPath, [...JOB_NODE_FLAGS, "-e", "process.stdout.write('ok')"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("ok");
  });
});
