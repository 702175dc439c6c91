// Removes the demo database the browser tests seeded once for this run.
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup() {
  return () => rmSync(join(tmpdir(), `factloop-e2e-${process.pid}`), { recursive: true, force: true });
}
