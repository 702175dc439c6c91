// The turbo-stream patch (patches/README.md) flattens loader data without a closure, an array per
// key or a join per object; what it writes must not change. The expected text below was written
// by the unpatched turbo-stream 2.4.1 for the same value: strings that need escaping, every
// number turbo-stream treats apart (-0, NaN, the infinities), repeated values and objects,
// holes, a null-prototype object, a Date, a Set, a Map and a promise resolved after the first line.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
// the CommonJS build the server loads (through @remix-run/server-runtime), which the patch changes
const { encode } = require("turbo-stream") as typeof import("turbo-stream");

const UNPATCHED = "[{\"_1\":2,\"_3\":4,\"_5\":4,\"_6\":-2,\"_7\":-6,\"_8\":-3,\"_9\":10,\"_11\":12,\"_13\":14,\"_15\":16,\"_17\":18,\"_19\":20,\"_21\":-5,\"_22\":-7,\"_23\":24,\"_40\":30,\"_41\":42,\"_45\":46,\"_50\":51,\"_52\":53,\"_56\":57,\"_58\":59,\"_60\":61},\"text\",\"quotes \\\" and \\\\ and   and 中文 and 日本語\",\"zero\",0,\"negZero\",\"nan\",\"inf\",\"ninf\",\"big\",1e+21,\"tiny\",5e-7,\"frac\",0.30000000000000004,\"neg\",-42,\"yes\",true,\"no\",false,\"nothing\",\"missing\",\"rows\",[25,25,32,34],{\"_26\":27,\"_28\":29},\"id\",7,\"tags\",[30,30,31],\"a\",\"b\",{\"_26\":4,\"_28\":33},[],{\"_35\":36,\"_37\":38,\"_1\":39},\"0\",\"zero key\",\"\",\"empty key\",\"quotes \\\" and \\\\\\\\ and   and 中文 and 日本語\",\"again\",\"holes\",[43,-1,44],1,3,\"nested\",[47,49],[48],[],{},\"when\",[\"D\",1795996800000],\"nullProto\",[\"N\",{\"_54\":55}],\"k\",\"v\",\"set\",[\"S\",30,43],\"map\",[\"M\",54,25],\"later\",[\"P\",61]]\nP61:[{\"_63\":30,\"_64\":25},\"done\",\"shared\"]\n";

function value() {
  const shared = { id: 7, tags: ["a", "a", "b"] };
  const nullProto = Object.assign(Object.create(null) as Record<string, string>, { k: "v" });
  // eslint-disable-next-line no-sparse-arrays
  const holes = [1, , 3];
  return {
    text: 'quotes " and \\ and \u2028 and 中文 and 日本語',
    zero: 0, negZero: -0, nan: NaN, inf: Infinity, ninf: -Infinity, big: 1e21, tiny: 5e-7, frac: 0.1 + 0.2, neg: -42,
    yes: true, no: false, nothing: null, missing: undefined,
    rows: [shared, shared, { id: 0, tags: [] }, { "0": "zero key", "": "empty key", text: 'quotes " and \\\\ and \u2028 and 中文 and 日本語' }],
    again: "a", holes, nested: [[[]], {}], when: new Date(Date.UTC(2026, 10, 30)), nullProto, set: new Set(["a", 1]), map: new Map([["k", shared]]),
    later: Promise.resolve({ done: "a", shared }),
  };
}

async function encoded(input: unknown): Promise<string> {
  const reader = encode(input).getReader();
  const decoder = new TextDecoder();
  let out = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return out;
    out += decoder.decode(value, { stream: true });
  }
}

describe("the patched turbo-stream encoder", () => {
  it("is the one the server loads", () => {
    expect(readFileSync(join(dirname(require.resolve("turbo-stream")), "flatten.js"), "utf8")).toContain("factloop patch");
  });

  it("writes what the unpatched one wrote, byte for byte", async () => {
    expect(await encoded(value())).toBe(UNPATCHED);
  });
});
