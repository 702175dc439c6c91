// A message's `{{name, number}}` placeholder: English writes the figure with thousands separators
// (as the command line always has), a page in the reader's language (i18next's number format),
// and the English is read back to the figure.
import { describe, expect, it } from "vitest";
import { english, fill, messageData, messageFromEnglish, translate, type TripleTree } from "~/domain/message";
import { createInstance } from "i18next";

const tree = {
  demo: {
    rows_one: ["{{count, number}} row of {{file}}", "{{file}} 的 {{count, number}} 行", "{{file}} の {{count, number}} 行"],
    rows_other: ["{{count, number}} rows of {{file}}", "{{file}} 的 {{count, number}} 行", "{{file}} の {{count, number}} 行"],
    plain: ["Line {{line}}", "第 {{line}} 行", "{{line}} 行目"],
  },
} as const satisfies TripleTree;

describe("figures in messages", () => {
  it("are written with thousands separators in English, and raw where the template says so", () => {
    expect(english(tree, { code: "demo.rows", params: { count: 1234567, file: "a.csv" } })).toBe("1,234,567 rows of a.csv");
    expect(english(tree, { code: "demo.rows", params: { count: 1, file: "a.csv" } })).toBe("1 row of a.csv");
    expect(english(tree, { code: "demo.plain", params: { line: 12345 } })).toBe("Line 12345");
    expect(fill(tree.demo.rows_other[0], { count: 1200, file: "b" })).toBe("1,200 rows of b");
  });

  it("are formatted by the page's language", async () => {
    const pick = (i: 0 | 1 | 2) => ({ demo: Object.fromEntries(Object.entries(tree.demo).map(([k, v]) => [k, v[i]])) });
    const i18n = createInstance({ lng: "zh-CN", fallbackLng: false, interpolation: { escapeValue: false }, resources: { en: { translation: pick(0) }, "zh-CN": { translation: pick(1) }, ja: { translation: pick(2) } } });
    await i18n.init();
    const m = { code: "demo.rows", params: { count: 1234567, file: "a.csv" } };
    expect(translate((k, o) => i18n.t(k, o) as string, m)).toBe("a.csv 的 1,234,567 行");
    expect(translate((k, o) => i18n.t(k, { ...o, lng: "en" }) as string, m)).toBe(english(tree, m));
  });

  it("are read back from the English as numbers", () => {
    expect(messageFromEnglish(tree, "demo", "1,234,567 rows of a.csv")).toEqual({ code: "demo.rows", params: { count: 1234567, file: "a.csv" } });
  });

  it("are not data; texts inside a message are", () => {
    expect(messageData({ code: "demo.rows", params: { count: 3, file: "a.csv", list: { list: ["x", { code: "demo.plain", params: { line: 1 } }], sep: ", " } } })).toEqual(["a.csv", "x"]);
  });
});
