// The react-dom patch (patches/README.md) gathers the streamed document as text: what a render
// writes must be exactly what React meant, in both builds the server may load. React 18.3.1 wrote
// NUL bytes where a Chinese or Japanese character did not fit at the end of a 2 KB view.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Writable } from "node:stream";
import { Suspense, createElement as h, type ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const cjs = join(dirname(require.resolve("react-dom/package.json")), "cjs");
// the two builds react-dom/server picks from on node (NODE_ENV production or not), both patched
const builds = {
  production: require(join(cjs, "react-dom-server.node.production.min.js")),
  development: require(join(cjs, "react-dom-server.node.development.js")),
} as Record<string, typeof import("react-dom/server")>;

/** Renders to the end through renderToPipeableStream, as entry.server does; the pieces written, in order. */
function pipeable(server: typeof import("react-dom/server"), node: ReactNode, ready: "onAllReady" | "onShellReady"): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const pieces: Buffer[] = [];
    const out = new Writable({
      write(chunk: Buffer, _e, done) {
        pieces.push(chunk);
        done();
      },
      final(done) {
        resolve(pieces);
        done();
      },
    });
    const { pipe } = server.renderToPipeableStream(node, { [ready]: () => pipe(out), onShellError: reject, onError: reject });
  });
}

// 21-byte phrases behind ASCII of every length, so characters fall on every byte of a 2 KB boundary
const cjk = () =>
  h(
    "main",
    null,
    Array.from({ length: 600 }, (_, i) => h("p", { key: i, title: `光感精华 ${i}` }, `${"x".repeat(i % 7)}数字背后的订单、数値の元になった注文`)),
  );

/** A part that suspends until `resolve` is called. */
function later() {
  let value: string | null = null;
  let resolve: (s: string) => void = () => undefined;
  const promise = new Promise<string>((r) => (resolve = r)).then((v) => {
    value = v;
  });
  function Late(): ReactNode {
    if (value === null) throw promise;
    return h("span", null, value);
  }
  return { Late, resolve };
}

describe.each(Object.keys(builds))("react-dom/server, %s build, patched", (name) => {
  const server = builds[name];

  it("writes Chinese and Japanese text whole: no NUL, the same text as renderToString (which never had the fault)", async () => {
    const text = Buffer.concat(await pipeable(server, cjk(), "onAllReady")).toString("utf8");
    expect(text).not.toContain("\u0000");
    expect(text).not.toContain("\ufffd");
    expect(text).toBe(renderToString(cjk()));
    expect(Buffer.byteLength(text)).toBeGreaterThan(40_000);
  });

  it("hands a long document over in pieces, in order", async () => {
    const pieces = await pipeable(server, cjk(), "onAllReady");
    expect(pieces.length).toBeGreaterThan(3);
    expect(Buffer.concat(pieces).toString("utf8")).toBe(renderToString(cjk()));
  });

  it("streams a shell first and a suspended part when it resolves", async () => {
    const { Late, resolve } = later();
    const rendering = pipeable(server, h("div", null, h("h1", null, "订单"), h(Suspense, { fallback: h("i", null, "…") }, h(Late))), "onShellReady");
    setTimeout(() => resolve("数値の元になった注文"), 20);
    const text = Buffer.concat(await rendering).toString("utf8");
    expect(text).toMatch(/^<div><h1>订单<\/h1><!--\$\?--><template id="B:0"><\/template><i>…<\/i><!--\/\$--><\/div>/);
    expect(text).toContain('<div hidden id="S:0"><span>数値の元になった注文</span></div>');
    expect(text).toContain('$RC("B:0","S:0")');
  });
});
