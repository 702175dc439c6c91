// A server i18next instance remembers the texts of calls with nothing to fill in; every other
// call (filling in, plurals, another language) is worked out as before.
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

  it("works a plain call out once, and a call with values every time", () => {
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
    expect(translate).toHaveBeenCalledTimes(3);
    // a call in another language is not answered from this language's texts
    expect(t("nav.pillarMix", { lng: "en" })).toBe("Pillar mix");
  });
});
