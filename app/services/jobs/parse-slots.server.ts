// Parses of uploaded files in the server process (the import page's preview) take one of a few
// slots; the next ones wait their turn, so eight uploads at once read two files at a time
// instead of eight. Imports themselves run in job processes, one at a time (writer-queue.server.ts).
const SLOTS = Math.max(1, Number(process.env.FACTLOOP_PARSE_SLOTS) || 2);

const state = ((globalThis as unknown as { __factloopParseSlots?: { busy: number; waiting: (() => void)[] } }).__factloopParseSlots ??= {
  busy: 0,
  waiting: [],
});

/** Parses waiting for a slot now (the jobs page shows them). */
export function parsesWaiting(): number {
  return state.waiting.length;
}

export function parsesRunning(): number {
  return state.busy;
}

export async function withParseSlot<T>(fn: () => Promise<T>): Promise<T> {
  if (state.busy >= SLOTS) await new Promise<void>((r) => state.waiting.push(r));
  else state.busy++;
  try {
    return await fn();
  } finally {
    const next = state.waiting.shift();
    // the slot passes straight to the next in line
    if (next) next();
    else state.busy--;
  }
}
