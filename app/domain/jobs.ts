// What the writer queue's jobs are called on the page, the jobs page and the command line: one
// place for the words, so they can be translated.

export interface JobView {
  kind: "import" | "undo" | "settings";
  merchant: string | null;
  label: string;
  state: "waiting" | "running";
  startedAt: number | null;
  queuedAt: number;
}

const KIND_WORDS: Record<JobView["kind"], string> = { import: "import", undo: "undo", settings: "settings change" };

/** "import of orders.csv (shop)". */
export function jobTitle(j: Pick<JobView, "kind" | "merchant" | "label">): string {
  return `${KIND_WORDS[j.kind]} of ${j.label}${j.merchant ? ` (${j.merchant})` : ""}`;
}

/** What a waiting job waits for: "Waiting for another import (import of big.csv (shop)); 1 more ahead". */
export function waitingMessage(running: Pick<JobView, "kind" | "merchant" | "label"> | null, ahead: number): string {
  const what = running ? ` (${jobTitle(running)} is running)` : "";
  const more = ahead > 0 ? `; ${ahead} more ahead in the queue` : "";
  return `Waiting for another import or change to finish${what}${more}. It starts by itself; nothing is lost by waiting.`;
}

export const JOB_STATE_WORDS: Record<JobView["state"], string> = { waiting: "waiting", running: "running" };
