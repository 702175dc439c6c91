// The router patch (patches/README.md) keeps ranked branches and compiled path patterns; what a
// match returns must not change: patterns that differ only in case sensitivity or `end` are
// compiled apart, and a tree matched once matches every path again as a fresh tree would.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

// the CommonJS build the server loads, which the patch changes
const router = createRequire(import.meta.url)("@remix-run/router") as typeof import("@remix-run/router");
const { matchPath, matchRoutes } = router;

const tree = () => [
  {
    id: "root",
    path: "/",
    children: [
      { id: "home", index: true },
      { id: "signin", path: "signin" },
      {
        id: "merchant",
        path: "m/:merchant",
        children: [
          { id: "overview", index: true },
          { id: "fact", path: "fact", children: [{ id: "fact-index", index: true }, { id: "pillar", path: ":pillar" }] },
          { id: "orders", path: "orders" },
          { id: "order", path: "orders/:order" },
          { id: "phase-optional", path: "phases/:period?" },
        ],
      },
      { id: "splat", path: "*" },
    ],
  },
];

const ids = (m: ReturnType<typeof matchRoutes>) => m?.map((x) => [x.route.id, x.pathnameBase, x.params]) ?? null;

describe("the patched route matching", () => {
  it("gives a tree matched many times the matches of a fresh tree, for every path", () => {
    const kept = tree();
    const paths = ["/", "/signin", "/m/demo", "/m/demo/fact", "/m/demo/fact/alliance", "/m/shop-two/orders", "/m/demo/orders/6900001", "/m/demo/phases", "/m/demo/phases/2026-11", "/M/Demo/Fact", "/nowhere/at/all", "/m/demo/fact/alliance/extra"];
    for (let round = 0; round < 3; round++) {
      for (const p of paths) expect(ids(matchRoutes(kept, p)), p).toEqual(ids(matchRoutes(tree(), p)));
    }
    expect(ids(matchRoutes(kept, "/m/demo/fact/alliance"))).toEqual([
      ["root", "/", { merchant: "demo", pillar: "alliance" }],
      ["merchant", "/m/demo", { merchant: "demo", pillar: "alliance" }],
      ["fact", "/m/demo/fact", { merchant: "demo", pillar: "alliance" }],
      ["pillar", "/m/demo/fact/alliance", { merchant: "demo", pillar: "alliance" }],
    ]);
    expect(matchRoutes(kept, "/m/demo/phases")!.at(-1)!.params).toEqual({ merchant: "demo", period: undefined });
  });

  it("compiles the same path apart for each case sensitivity and end", () => {
    const path = "/m/:merchant";
    expect(matchPath({ path, end: true }, "/m/demo/fact")).toBeNull();
    expect(matchPath({ path, end: false }, "/m/demo/fact")?.pathnameBase).toBe("/m/demo");
    expect(matchPath({ path, end: true }, "/m/demo/fact")).toBeNull();
    expect(matchPath({ path, caseSensitive: false }, "/M/demo")?.params).toEqual({ merchant: "demo" });
    expect(matchPath({ path, caseSensitive: true }, "/M/demo")).toBeNull();
    expect(matchPath({ path, caseSensitive: false }, "/M/demo")?.params).toEqual({ merchant: "demo" });
    expect(matchPath(path, "/m/other")?.params).toEqual({ merchant: "other" });
  });
});
