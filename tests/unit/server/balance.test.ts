// The cluster's primary gives each new connection to the worker holding the fewest
// (server/balance.mjs), going round among equals.
import { describe, expect, it } from "vitest";
import { connectionBalancer } from "../../../server/balance.mjs";

/** hands `n` connections out, counting each as opened, and returns the workers picked */
function handOut(b: ReturnType<typeof connectionBalancer<string>>, n: number): string[] {
  const picked: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = b.pick();
    if (!p) throw new Error("no worker picked");
    b.opened(p.id);
    picked.push(p.worker);
  }
  return picked;
}

describe("connectionBalancer", () => {
  it("picks nobody when no worker is ready", () => {
    expect(connectionBalancer().pick()).toBeNull();
  });

  it("spreads a burst of fifty connections evenly over two workers, taking turns", () => {
    const b = connectionBalancer<string>();
    b.add(1, "a");
    b.add(2, "b");
    const picked = handOut(b, 50);
    expect(picked.slice(0, 4)).toEqual(["a", "b", "a", "b"]);
    expect([b.open(1), b.open(2)]).toEqual([25, 25]);
  });

  it("gives new connections to the worker whose connections closed", () => {
    const b = connectionBalancer<string>();
    b.add(1, "a");
    b.add(2, "b");
    b.add(3, "c");
    handOut(b, 30);
    for (let i = 0; i < 6; i++) b.closed(2);
    expect(handOut(b, 6)).toEqual(["b", "b", "b", "b", "b", "b"]);
    expect(handOut(b, 3).sort()).toEqual(["a", "b", "c"]);
  });

  it("goes round among equals even when they all hold none (short connections on a quiet server)", () => {
    const b = connectionBalancer<string>();
    b.add(2, "b");
    b.add(1, "a");
    b.add(3, "c");
    const picked: string[] = [];
    for (let i = 0; i < 6; i++) {
      const p = b.pick()!;
      b.opened(p.id);
      b.closed(p.id);
      picked.push(p.worker);
    }
    expect(picked).toEqual(["a", "b", "c", "a", "b", "c"]);
  });

  it("forgets a worker that stopped, and a replacement starts from none", () => {
    const b = connectionBalancer<string>();
    b.add(1, "a");
    b.add(2, "b");
    handOut(b, 10);
    b.remove(1);
    expect(b.size).toBe(1);
    expect(handOut(b, 2)).toEqual(["b", "b"]);
    b.add(3, "a again");
    expect(b.open(3)).toBe(0);
    expect(handOut(b, 7)).toEqual(Array(7).fill("a again"));
    // a close reported by a worker already gone is ignored, and counts never go below none
    b.closed(1);
    b.closed(3);
    for (let i = 0; i < 20; i++) b.closed(2);
    expect(b.open(2)).toBe(0);
    expect(b.open(3)).toBe(6);
  });
});
