// A server i18next instance remembers the texts of its calls: those with nothing to fill in, and
// those whose values are strings, numbers or booleans, by key and values. The texts are the ones
// i18next gives; a call in another language or with other values is never answered from memory.
import { createInstance } from "i18next";
import { describe, expect, it, vi } from "vitest";
import { i18nOptions, resources } from "~/i18n/config";
import { rememberPlainCalls } from "~/i18n/plain-calls";

function instances(lng: string) {
  const plain = createInstance({ ...i18nOptions, lng, resources });
  void plain.init();
  const remembering = createInstance({ ...i18nOptions, lng, resources });
  void remembering.init();
  rememberPlainCalls(remembering);
  return { plain, remembering };
}

describe("rememberPlainCalls", () => {
  it("gives the same texts as i18next for plain calls, filled-in calls and plurals, in every language", () => {
    for (const lng of ["en", "zh-CN", "ja"]) {
      const { plain, remembering } = instances(lng);
      // as react-i18next calls it: a fixed t that adds lng, lngs and ns to every call
      const a = plain.getFixedT(null, "common");
      const b = remembering.getFixedT(null, "common");
      for (let round = 0; round < 2; round++) {
        expect(b("nav.pillarMix")).toBe(a("nav.pillarMix"));
        expect(remembering.t("nav.pillarMix")).toBe(plain.t("nav.pillarMix"));
        expect(b("common.download", { what: "CSV" })).toBe(a("common.download", { what: "CSV" }));
        expect(b("common.download", { what: "XLSX" })).toBe(a("common.download", { what: "XLSX" }));
        expect(b("table.rows", { count: 1 })).toBe(a("table.rows", { count: 1 }));
        expect(b("table.rows", { count: 7 })).toBe(a("table.rows", { count: 7 }));
      }
      expect(b("common.download", { what: "CSV" })).toContain("CSV");
      expect(b("common.download", { what: "XLSX" })).toContain("XLSX");
    }
  });

  it("gives i18next's texts for values that look alike: 1 and \"1\", an empty value and none, true and \"true\", values holding the separators", () => {
    for (const lng of ["en", "zh-CN", "ja"]) {
      const { plain, remembering } = instances(lng);
      const a = plain.getFixedT(null, "common");
      const b = remembering.getFixedT(null, "common");
      const calls: [string, Record<string, unknown>?][] = [
        ["common.download", { what: "" }],
        ["common.download"],
        ["common.download", { what: null }],
        ["table.rows", { count: 1 }],
        ["common.download", { what: 1 }],
        ["common.download", { what: "1" }],
        ["table.rows", { count: 2 }],
        ["table.page", { page: 1, pages: 10 }],
        ["table.page", { page: 11, pages: 0 }],
        ["table.page", { pages: 10, page: 1 }],
        ["common.download", { what: true }],
        ["common.download", { what: "true" }],
        ["common.download", { what: ["CSV"] }],
        // values that hold the memo's separators, as imported text might
        ["table.page", { page: "1\u0000pages\u0001s2" }],
        ["table.page", { page: "1", pages: "2" }],
      ];
      for (let round = 0; round < 2; round++) for (const [key, options] of calls) expect(b(key as "common.download", options)).toBe(a(key as "common.download", options));
    }
  });

  it("forgets the least recently used texts with values first, and keeps answering right", () => {
    const { plain, remembering } = instances("en");
    const a = plain.getFixedT(null, "common");
    const b = remembering.getFixedT(null, "common");
    for (let i = 0; i < 6_000; i++) expect(b("table.rows", { count: i })).toBe(a("table.rows", { count: i }));
    const translator = (remembering as unknown as { translator: { translate: (...args: unknown[]) => unknown } }).translator;
    const translate = vi.spyOn(translator, "translate");
    b("table.rows", { count: 5_999 });
    expect(translate).toHaveBeenCalledTimes(0);
    expect(b("table.rows", { count: 0 })).toBe(a("table.rows", { count: 0 }));
    expect(translate).toHaveBeenCalledTimes(1);
  });

  it("works a plain call out once, and a call with values once for each set of values", () => {
    const { remembering } = instances("ja");
    // i18next's translator, which every call that is not remembered goes to
    const translator = (remembering as unknown as { translator: { translate: (...args: unknown[]) => unknown } }).translator;
    const translate = vi.spyOn(translator, "translate");
    const t = remembering.getFixedT(null, "common");
    t("nav.pillarMix");
    t("nav.pillarMix");
    t("nav.pillarMix");
    expect(translate).toHaveBeenCalledTimes(1);
    t("common.download", { what: "CSV" });
    t("common.download", { what: "CSV" });
    expect(translate).toHaveBeenCalledTimes(2);
    t("common.download", { what: "XLSX" });
    expect(translate).toHaveBeenCalledTimes(3);
    // a value that is not a string, number or boolean is never remembered
    t("common.download", { what: { name: "CSV" } });
    t("common.download", { what: { name: "CSV" } });
    expect(translate).toHaveBeenCalledTimes(5);
    // a call in another language is not answered from this language's texts
    expect(t("nav.pillarMix", { lng: "en" })).toBe("Pillar mix");
  });

  it("hands react-i18next the remembered t for its own language and namespace, and i18next's fixed t for any other", () => {
    const { plain, remembering } = instances("zh-CN");
    // what useTranslation() asks for on every render
    expect(remembering.getFixedT(null, "common")).toBe(remembering.t);
    expect(remembering.getFixedT(null, ["common"])).toBe(remembering.t);
    expect(remembering.getFixedT("zh-CN")).toBe(remembering.t);
    expect(remembering.getFixedT(null, "common")("table.rows", { count: 7 })).toBe(plain.getFixedT(null, "common")("table.rows", { count: 7 }));
    // another language, a key prefix: i18next's own fixed t, with i18next's texts
    const ja = remembering.getFixedT("ja", "common");
    expect(ja).not.toBe(remembering.t);
    expect(ja("nav.pillarMix")).toBe(plain.getFixedT("ja", "common")("nav.pillarMix"));
    expect(ja("nav.pillarMix")).not.toBe(remembering.t("nav.pillarMix"));
    const prefixed = remembering.getFixedT(null, "common", "table");
    expect(prefixed).not.toBe(remembering.t);
    expect(prefixed("rows", { count: 2 })).toBe(plain.t("table.rows", { count: 2 }));
  });
});
