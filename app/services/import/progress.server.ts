// Progress of the imports running in this process, for the page to poll. Kept in memory (never
// written inside an import's transaction); a process that dies takes it along, and the batch
// row left "running" is then marked interrupted.
export interface ImportProgress {
  attemptId: number;
  merchantId: number;
  kind: string;
  fileName: string;
  rowsDone: number;
  bytesDone: number;
  bytesTotal: number;
  startedAt: number;
  /** "queued" while an earlier file of the merchant imports, then "reading", then "finishing" */
  phase: "queued" | "reading" | "finishing";
}

const registry = ((globalThis as unknown as { __factloopImports?: Map<number, ImportProgress> }).__factloopImports ??=
  new Map<number, ImportProgress>());

export function trackProgress(p: ImportProgress): ImportProgress {
  registry.set(p.attemptId, p);
  return p;
}

export function untrackProgress(attemptId: number): void {
  registry.delete(attemptId);
}

export function progressOf(attemptId: number): ImportProgress | undefined {
  return registry.get(attemptId);
}

export function liveAttemptIds(): Set<number> {
  return new Set(registry.keys());
}

/** Percent done by bytes, rows per second so far. */
export function progressFigures(p: ImportProgress, now = Date.now()): { percent: number | null; rowsPerSecond: number | null } {
  const percent = p.bytesTotal > 0 ? Math.min(100, (p.bytesDone / p.bytesTotal) * 100) : null;
  const seconds = (now - p.startedAt) / 1000;
  return { percent, rowsPerSecond: seconds > 0.2 ? p.rowsDone / seconds : null };
}
