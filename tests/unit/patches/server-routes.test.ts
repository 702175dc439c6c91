// The @remix-run/react and react-router-dom patches (patches/README.md) keep the routes a render
// is given, per build, and their data routes, per route tree. What a render shows must not change:
// two requests render their own pages from the same kept routes, and a build whose route modules
// change (a module replaced in development) gets routes of its own.
import { createRequire } from "node:module";
import { createElement as h } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
// the CommonJS builds the server loads, which the patches change
const { RemixServer, Outlet } = require("@remix-run/react") as typeof import("@remix-run/react");
const { createStaticHandler, createStaticRouter } = require("react-router-dom/server") as typeof import("react-router-dom/server");

const flags = { hasAction: false, hasClientAction: false, hasClientLoader: false, hasErrorBoundary: false, imports: [] };
const manifest = {
  entry: { module: "/entry.client.js", imports: [] },
  url: "/manifest.js",
  version: "1",
  routes: {
    root: { id: "root", path: "", module: "/root.js", hasLoader: false, ...flags },
    "routes/a": { id: "routes/a", parentId: "root", path: "a", module: "/a.js", hasLoader: true, ...flags },
    "routes/b": { id: "routes/b", parentId: "root", path: "b", module: "/b.js", hasLoader: false, ...flags },
  },
};
const future = { v3_fetcherPersist: true, v3_relativeSplatPath: true, v3_throwAbortReason: true, v3_singleFetch: false, v3_lazyRouteDiscovery: false, v3_routeConfig: false, unstable_optimizeDeps: false };

const modules = (a: string) => ({
  root: { default: () => h("main", null, h(Outlet)) },
  "routes/a": { default: () => h("p", null, a) },
  "routes/b": { default: () => h("p", null, "page b") },
});

async function render(routeModules: ReturnType<typeof modules>, path: string): Promise<string> {
  const handler = createStaticHandler([{ id: "root", path: "/", children: [{ id: "routes/a", path: "a", loader: () => ({ ok: 1 }) }, { id: "routes/b", path: "b" }] }]);
  const url = `http://x${path}`;
  const staticHandlerContext = await handler.query(new Request(url));
  if (staticHandlerContext instanceof Response) throw new Error("unexpected response");
  const context = { manifest, routeModules, staticHandlerContext, future, isSpaMode: false, serverHandoffString: "{}", criticalCss: undefined } as unknown as Parameters<typeof RemixServer>[0]["context"];
  return renderToString(h(RemixServer, { context, url }));
}

describe("kept server routes", () => {
  it("render each request's own page, request after request", async () => {
    const build = modules("page a");
    for (let round = 0; round < 3; round++) {
      // the server makes a fresh object of the same modules for every request
      expect(await render({ ...build }, "/a")).toBe("<main><p>page a</p></main>");
      expect(await render({ ...build }, "/b")).toBe("<main><p>page b</p></main>");
    }
  });

  it("are made again when a route module changes", async () => {
    expect(await render(modules("first a"), "/a")).toBe("<main><p>first a</p></main>");
    expect(await render(modules("second a"), "/a")).toBe("<main><p>second a</p></main>");
  });

  it("give a static router the same data routes for the same tree, with each request's matches", async () => {
    const routes = [{ id: "root", path: "/", children: [{ id: "a", path: "a" }, { id: "b", path: "b" }] }];
    const handler = createStaticHandler(routes);
    const ca = await handler.query(new Request("http://x/a"));
    const cb = await handler.query(new Request("http://x/b"));
    if (ca instanceof Response || cb instanceof Response) throw new Error("unexpected response");
    const ra = createStaticRouter(routes, ca);
    const rb = createStaticRouter(routes, cb);
    expect(rb.routes).toBe(ra.routes);
    expect(ra.state.matches.map((m) => m.route.id)).toEqual(["root", "a"]);
    expect(rb.state.matches.map((m) => m.route.id)).toEqual(["root", "b"]);
    expect(rb.state.matches[1].route).toBe(rb.routes[0].children![1]);
    expect(createStaticRouter([...routes], ca).routes).not.toBe(ra.routes);
  });
});
