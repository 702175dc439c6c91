// The forecast's sentences are codes with parameters: the English the command line prints and
// the page's translations come from the same triples.
import { describe, expect, it } from "vitest";
import { calendarNote, profileNote } from "~/domain/forecast/calendar-explain";
import { festivalName, forecastEnglish, modelLabelIn, occurrenceName } from "~/domain/forecast/explain-messages";
import { PLATFORM_FESTIVALS } from "~/domain/forecast/occurrences";
import { translate, type Message } from "~/domain/message";
import { tOf } from "~/i18n/t";

const inLang = (lang: string, m: Parameters<typeof translate>[1]) => translate((k, o) => tOf(lang)(k, o) as string, m);

describe("forecast explanations", () => {
  it("say where a campaign's shape came from, in English and translated", () => {
    const m = profileNote("edition", ["双11 Double 11 2025", "双11 Double 11 2024"], "platform", { date: "2026-11-11", lift: 4.25 });
    expect(forecastEnglish(m)).toBe("Shaped like its previous edition, 双11 Double 11 2025 (and 1 earlier edition). Peak ×4.3 the ordinary day on 2026-11-11.");
    expect(inLang("en", m)).toBe(forecastEnglish(m));
    expect(inLang("zh-CN", m)).toBe("形状参照上一届：双11 Double 11 2025（另有 1 届更早的）。峰值在 2026-11-11，为平日的 ×4.3。");
    expect(inLang("ja", profileNote("none", [], "brand", null))).toBe("過去の開催も「ブランド」キャンペーンもないため、上乗せしていません。");
  });

  it("name a platform festival's default days in the reader's language, and a campaign the merchant entered as written", () => {
    const festival = { key: "double-11", label: "双11 Double 11 2025", source: "festival" as const, endsOn: "2025-11-11" };
    const entered = { key: "双11 double 11", label: "双11 Double 11 2025", source: "campaign" as const, endsOn: "2025-11-11" };
    expect(inLang("ja", occurrenceName(festival) as Message)).toBe("2025 ダブルイレブン（双11）");
    expect(inLang("zh-CN", occurrenceName(festival) as Message)).toBe("2025 双11");
    expect(inLang("en", occurrenceName(festival) as Message)).toBe("Double 11 2025");
    expect(occurrenceName(entered)).toBe("双11 Double 11 2025");
    // every festival has its words in each language
    for (const f of PLATFORM_FESTIVALS) for (const lang of ["en", "zh-CN", "ja"]) expect(inLang(lang, festivalName(f.id))).not.toMatch(/festival\./);
    expect(inLang("ja", festivalName("nianhuo"))).toBe("年貨節（春節前セール）");
    // the shape's source names a festival edition the same way; the English for the command line too
    const names = new Map([[festival.label, occurrenceName(festival)]]);
    const m = profileNote("edition", [festival.label], "platform", null, (l) => names.get(l) ?? l);
    expect(inLang("zh-CN", m)).toBe("形状参照上一届：2025 双11。");
    expect(forecastEnglish(m)).toBe("Shaped like its previous edition, Double 11 2025.");
  });

  it("count campaigns ahead with English plurals", () => {
    expect(forecastEnglish(calendarNote(true, "CN", 1))).toBe("1 campaign or festival ahead, with the shape learned from the past. Public holidays of China are on the calendar.");
    expect(forecastEnglish(calendarNote(true, "none", 2))).toBe("2 campaigns or festivals ahead, each with the shape learned from the past. No public holidays are used.");
    expect(inLang("zh-CN", calendarNote(false, "JP", 0))).toContain("日本的法定节假日");
  });

  it("translate model labels piece by piece and keep model names", () => {
    expect(modelLabelIn("Theta + campaign and holiday shapes", 1)).toBe("Theta + 活动与节假日形状");
    expect(modelLabelIn("Median of: Theta; Weekly profile (4 weeks)", 2)).toBe("中央値の組み合わせ：Theta; 曜日プロファイル（4 週）");
    expect(modelLabelIn("Seasonal naive", 0)).toBe("Seasonal naive");
  });
});
