// Page requests take turns. A worker that starts every request as it arrives works on them all
// at once, a slice at a time between the others (a request yields at each await, and between its
// render and its writing), so under load a request that came early can wait behind many that came
// after it. Letting only a few in at once and the rest wait in arrival order costs the same CPU;
// the longest waits halved in the measurements, and fewer renders are alive in the heap at once
// (docs/decisions/014-pages-take-turns.md).
//
// A turn is given back when the app has answered, when the client has gone, or after `leaseMs`:
// a request that waits on something other than this process's CPU (a worker thread, a long
// download being streamed) lets the next one in rather than holding the line.

/**
 * @param {{ width: number, leaseMs: number }} o  width: requests in the app at once
 * @returns {{ take(work: (done: () => void) => void): void, readonly inside: number, readonly waiting: number }}
 */
export function turns({ width, leaseMs }) {
  if (!Number.isInteger(width) || width < 1) throw new Error("turns: width must be a whole number ≥ 1");
  let inside = 0;
  /** @type {Array<(done: () => void) => void>} */
  let queue = [];
  let head = 0;

  function start(work) {
    inside++;
    let given = false;
    const lease = setTimeout(done, leaseMs);
    lease.unref?.();
    function done() {
      if (given) return;
      given = true;
      clearTimeout(lease);
      inside--;
      // the next in line, on a later tick: never inside the work that gave the turn back
      if (head < queue.length) setImmediate(next);
    }
    try {
      work(done);
    } catch (e) {
      done();
      throw e;
    }
  }

  function next() {
    while (inside < width && head < queue.length) {
      const work = queue[head];
      queue[head++] = undefined;
      if (head > 1024 && head * 2 > queue.length) {
        queue = queue.slice(head);
        head = 0;
      }
      start(work);
    }
  }

  return {
    take(work) {
      if (inside < width && head === queue.length) start(work);
      else queue.push(work);
    },
    get inside() {
      return inside;
    },
    get waiting() {
      return queue.length - head;
    },
  };
}
