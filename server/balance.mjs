// Which worker of the cluster takes a new connection: the one with the fewest open.
//
// node:cluster's own hand-off gives each connection to whichever worker answered the last one
// first. A burst of connections (fifty clients opening theirs at once) therefore lands unevenly
// (29–34 on one worker and 16–21 on the other in the load test), and as browsers keep their
// connections open, it stays uneven: the clients of the fuller worker wait about half as long
// again as the others (docs/decisions/015-connections-spread-by-count.md). Counting what each
// worker holds open and giving the next one to the least loaded keeps them even; among equals the
// turn goes round, so a quiet server still uses every worker.

/**
 * @template W
 * @returns {{
 *   add(id: number, worker: W): void,
 *   remove(id: number): void,
 *   pick(): { id: number, worker: W } | null,
 *   opened(id: number): void,
 *   closed(id: number): void,
 *   open(id: number): number,
 *   readonly size: number,
 * }}
 */
export function connectionBalancer() {
  /** @type {Map<number, { worker: W, open: number }>} in the order the workers became ready */
  const ready = new Map();
  /** the id picked last: among equals, the next pick goes to the one after it */
  let last = -Infinity;

  return {
    /** a worker that can take connections */
    add(id, worker) {
      ready.set(id, { worker, open: 0 });
    },
    /** a worker that is stopping or gone: it takes no more, and what it held no longer counts */
    remove(id) {
      ready.delete(id);
    },
    /** the worker with the fewest open connections (null when none is ready) */
    pick() {
      let fewest = Infinity;
      for (const entry of ready.values()) fewest = Math.min(fewest, entry.open);
      // among the workers with the fewest, the first after the last one picked, going round
      let next = null;
      let first = null;
      for (const [id, entry] of ready) {
        if (entry.open !== fewest) continue;
        if (first === null || id < first) first = id;
        if (id > last && (next === null || id < next)) next = id;
      }
      const id = next ?? first;
      if (id === null) return null;
      last = id;
      return { id, worker: ready.get(id).worker };
    },
    /** a connection was handed to the worker */
    opened(id) {
      const entry = ready.get(id);
      if (entry) entry.open++;
    },
    /** one of the worker's connections closed */
    closed(id) {
      const entry = ready.get(id);
      if (entry && entry.open > 0) entry.open--;
    },
    /** the worker's open connections, as counted here */
    open(id) {
      return ready.get(id)?.open ?? 0;
    },
    get size() {
      return ready.size;
    },
  };
}
