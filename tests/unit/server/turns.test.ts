// Page requests take turns (server/turns.mjs): at most `width` at once, the rest in arrival order;
// a turn comes back when the work says so (once, however often it says it) or after the lease.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { turns } from "../../../server/turns.mjs";

/** lets queued turns start: they are handed on a later tick (setImmediate) */
const tick = () => vi.advanceTimersByTimeAsync(1);

describe("page turns", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setImmediate"] }));
  afterEach(() => vi.useRealTimers());

  it("lets `width` requests in at once and the others in the order they came", async () => {
    const t = turns({ width: 2, leaseMs: 10_000 });
    const started: number[] = [];
    const dones: (() => void)[] = [];
    for (let i = 0; i < 5; i++)
      t.take((done) => {
        started.push(i);
        dones[i] = done;
      });
    expect(started).toEqual([0, 1]);
    expect([t.inside, t.waiting]).toEqual([2, 3]);

    dones[1]();
    dones[1](); // twice: still one turn back
    await tick();
    expect(started).toEqual([0, 1, 2]);
    expect([t.inside, t.waiting]).toEqual([2, 2]);

    // a request that comes while others wait goes behind them, even with a turn free
    dones[0]();
    t.take(() => started.push(5));
    await tick();
    expect(started).toEqual([0, 1, 2, 3]);
    dones[2]();
    dones[3]();
    await tick();
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    dones[4]();
    expect(t.waiting).toBe(0);
  });

  it("gives a turn back after the lease when the work holds it, and lets the next in", async () => {
    const t = turns({ width: 1, leaseMs: 250 });
    const started: string[] = [];
    t.take(() => started.push("slow download")); // never says it is done
    t.take(() => started.push("page"));
    await vi.advanceTimersByTimeAsync(249);
    expect(started).toEqual(["slow download"]);
    await vi.advanceTimersByTimeAsync(1);
    await tick();
    expect(started).toEqual(["slow download", "page"]);
  });

  it("takes its turn back from work that throws, and does not stop the line", async () => {
    const t = turns({ width: 1, leaseMs: 10_000 });
    expect(() =>
      t.take(() => {
        throw new Error("boom");
      }),
    ).toThrow("boom");
    let ran = false;
    t.take(() => (ran = true));
    expect(ran).toBe(true);
    expect(t.inside).toBe(1);
  });

  it("refuses a width that is not a whole number of at least one", () => {
    expect(() => turns({ width: 0, leaseMs: 1 })).toThrow();
    expect(() => turns({ width: 1.5, leaseMs: 1 })).toThrow();
  });
});
