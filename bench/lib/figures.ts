// One shape for every benchmark's figures, so `npm run bench` can merge them into one table.
// Each bench script prints its figures for a person and, given `--json PATH`, writes them there.
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";

export interface Figure {
  /** what is measured, with its size: "import 1M orders: rate ÷ sqlite3 .import" */
  name: string;
  value: number;
  unit: string;
  /** the goal as a person reads it ("≤ 150 ms"), or null when the figure is for reference */
  goal: string | null;
  met: boolean | null;
  /** why a goal was missed, or what the figure depends on */
  note: string | null;
}

export interface FigureTable {
  title: string;
  markdown: string;
}

export interface Machine {
  cpus: number;
  model: string;
  memGiB: number;
  node: string;
}

export function machine(): Machine {
  const c = cpus();
  return { cpus: c.length, model: c[0]?.model ?? "unknown", memGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
}

export interface FigureFile {
  bench: string;
  machine: Machine;
  figures: Figure[];
  tables: FigureTable[];
}

/** Writes the figures as JSON to `path` (nothing when no path was asked for). */
export function writeFigures(path: string | undefined, bench: string, figures: Figure[], tables: FigureTable[] = []): void {
  if (!path) return;
  const file: FigureFile = { bench, machine: machine(), figures, tables };
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
}
