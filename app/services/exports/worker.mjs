// An export worker thread (pool.server.ts starts them through piscina). Plain JavaScript so that
// it loads the same way from source and from the built server: it registers tsx's loader, then
// runs the TypeScript task code, exactly as bin/factloop.js runs the command line.
import { register } from "tsx/esm/api";

register();
const { runExportInWorker } = await import("./worker-task.server.ts");

export default runExportInWorker;
