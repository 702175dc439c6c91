// After an import or undo changes history, recompute the cached forecasts in a separate process:
// fits are CPU-bound and would stall every page of this server if run here.
import { spawn } from "node:child_process";
import cluster from "node:cluster";
import { factloopBin } from "./jobs/job-process.server";

/** Starts `factloop forecast --warm` for a merchant and returns at once. */
export function warmForecastsInBackground(dbPath: string, merchantSlug: string): void {
  const bin = factloopBin();
  // FACTLOOP_WARM=0 turns it off: browser tests stop the server and remove its folder, which a
  // warm-up still writing there would race
  if (!bin || dbPath === ":memory:" || process.env.FACTLOOP_WARM === "0") return;
  // a worker of the cluster (server.mjs) asks the primary, which runs warm-ups in one place,
  // one per merchant at a time, however many workers ask
  if (cluster.isWorker && process.send) {
    process.send({ type: "factloop:warm", dbPath, merchant: merchantSlug });
    return;
  }
  const child = spawn(process.execPath, [bin, "forecast", "--merchant", merchantSlug, "--warm", "--db", dbPath], {
    detached: true,
    stdio: "ignore",
    env: { ...process.env, NODE_ENV: "production" },
  });
  child.on("error", () => {
    // The forecast page computes on demand when the cache is cold, so a failed warm-up only costs time.
  });
  child.unref();
}
