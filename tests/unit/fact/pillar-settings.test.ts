import { describe, expect, it } from "vitest";
import { parsePillarSettingsForm, pillarSettingsMessages, pillarSettingsOf, settingsMessageOf, withPillarSettings } from "../../../app/domain/fact/pillar-settings";
import { LIVE_WITHOUT_ACCOUNT_LABELS, liveWithoutAccountMessages } from "../../../app/domain/fact/rules";
import { translate } from "../../../app/domain/message";
import { LIVE_WITHOUT_ACCOUNT_RULES } from "../../../app/domain/pillars";
import { readSettings } from "../../../app/domain/settings";
import { tOf } from "../../../app/i18n/t";

function form(over: Record<string, string | string[]> = {}): URLSearchParams {
  const base: Record<string, string | string[]> = {
    topKolThreshold: "1,000,000",
    ruleOrder: ["campaign", "self", "top_kol", "creator", "shelf"],
    tierName: ["head", "shoulder", "waist", "tail", ""],
    tierMin: ["5,000,000", "1000000", "100000", "0", ""],
    targetF: "30", targetA: "25", targetC: "15", targetT: "10", targetS: "20",
    ...over,
  };
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(base)) for (const x of Array.isArray(v) ? v : [v]) p.append(k, x);
  return p;
}

describe("the pillar settings form", () => {
  it("reads a good submission, skipping empty tier rows", () => {
    const r = parsePillarSettingsForm(form({ topKolThreshold: "3 000 000" }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.topKolThreshold).toBe(3_000_000);
    expect(r.value.tierBands).toEqual([
      { name: "head", minFollowers: 5_000_000 },
      { name: "shoulder", minFollowers: 1_000_000 },
      { name: "waist", minFollowers: 100_000 },
      { name: "tail", minFollowers: 0 },
    ]);
    expect(r.value.targetMix).toEqual({ F: 0.3, A: 0.25, C: 0.15, T: 0.1, S: 0.2 });
  });

  it.each([
    [{ topKolThreshold: "lots" }, "topKolThreshold", "whole number"],
    [{ topKolThreshold: "-5" }, "topKolThreshold", "whole number"],
    [{ ruleOrder: ["campaign", "campaign", "top_kol", "creator", "shelf"] }, "ruleOrder", "exactly once"],
    [{ tierName: ["big", "small"], tierMin: ["1000", "10"] }, "tierBands", "start at 0"],
    [{ tierName: ["big", "Big"], tierMin: ["1000", "0"] }, "tierBands", "own name"],
    [{ tierName: ["big", "small"], tierMin: ["0", "0"] }, "tierBands", "same follower count"],
    [{ tierName: ["", "small"], tierMin: ["1000", "0"] }, "tierBands", "needs a name"],
    [{ tierName: [""], tierMin: [""] }, "tierBands", "at least one tier"],
    [{ targetF: "50" }, "targetMix", "adds up to 120.0%"],
    [{ targetF: "101" }, "targetMix", "0 to 100"],
  ])("refuses %o with a message under %s", (over, field, words) => {
    const r = parsePillarSettingsForm(form(over as Record<string, string | string[]>));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect((r.errors as Record<string, string[]>)[field]?.join(" ")).toContain(words);
  });

  it("round-trips the stored settings and keeps the rest", () => {
    const stored = readSettings(JSON.stringify({ topKolThreshold: 2_000_000 }));
    const p = pillarSettingsOf(stored);
    expect(p.topKolThreshold).toBe(2_000_000);
    const next = withPillarSettings(stored, { ...p, topKolThreshold: 500_000 });
    expect(next.topKolThreshold).toBe(500_000);
    expect(next.phaseDefinitions).toEqual(stored.phaseDefinitions);
  });

  it("says its refusals in Chinese and Japanese on the page, the English kept for the form's errors", () => {
    const zh = tOf("zh-CN");
    const ja = tOf("ja");
    const refusals: Record<string, string | string[]>[] = [
      { topKolThreshold: "lots" },
      { ruleOrder: ["campaign", "campaign", "top_kol", "creator", "shelf"] },
      { tierName: ["big", "small"], tierMin: ["1000", "10"] },
      { tierName: ["big", "Big"], tierMin: ["1000", "0"] },
      { tierName: ["", "small"], tierMin: ["1000", "0"] },
      { tierName: ["head", "tail"], tierMin: ["lots", "0"] },
      { tierName: [""], tierMin: [""] },
      { targetF: "50" },
      { targetF: "101" },
    ];
    for (const over of refusals) {
      const r = parsePillarSettingsForm(form(over as Record<string, string | string[]>));
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      for (const english of Object.values(r.errors).flat()) {
        const m = settingsMessageOf(english!);
        expect(m, english).not.toBeNull();
        expect(translate((k, o) => tOf("en")(k, o) as string, m!)).toBe(english);
        for (const t of [zh, ja]) {
          const text = translate((k, o) => t(k, o) as string, m!);
          expect(text).not.toContain("{{");
          // only the data typed in (a tier's name) and the abbreviation KOL may be Latin
          expect(text.replace(/head|KOL/g, "")).not.toMatch(/[A-Za-z]{3,}/);
        }
      }
    }
    const mix = parsePillarSettingsForm(form({ targetF: "50" }));
    if (!mix.ok) expect(translate((k, o) => zh(k, o) as string, settingsMessageOf(mix.errors.targetMix![0])!)).toBe("目标结构合计为 120.0%；必须合计为 100%。");
    for (const [en, z, j] of Object.values(pillarSettingsMessages.pillarSettingsSays)) expect([en, z, j].every((x) => x.trim() !== "")).toBe(true);
  });

  it("words the choices for a live order without an account in every language", () => {
    expect(LIVE_WITHOUT_ACCOUNT_LABELS).toEqual({
      source: "By who sold it: 小店自卖 → Field, 精选联盟 → Alliance",
      field: "Always Field (the shop's own live rooms)",
      alliance: "Always Alliance (creators' live rooms)",
    });
    for (const r of LIVE_WITHOUT_ACCOUNT_RULES) {
      expect(tOf("en")(`liveWithoutAccount.${r}`)).toBe(LIVE_WITHOUT_ACCOUNT_LABELS[r]);
      for (const l of ["zh-CN", "ja"]) expect(tOf(l)(`liveWithoutAccount.${r}`)).not.toMatch(/[A-Za-z]/);
    }
    expect(tOf("zh-CN")("liveWithoutAccount.source")).toBe("按销售方：小店自卖 → 自播，精选联盟 → 达人矩阵");
    expect(Object.keys(liveWithoutAccountMessages.liveWithoutAccount)).toEqual([...LIVE_WITHOUT_ACCOUNT_RULES]);
    expect(tOf("zh-CN")("settings.move", { gmv: "¥300.00", orders: "1", count: 1, from: "T", to: "A" })).toBe("¥300.00（1 单）从 T 移到 A");
    expect(tOf("en")("settings.move", { gmv: "¥300.00", orders: "1", count: 1, from: "T", to: "A" })).toBe("¥300.00 (1 order) moves from T to A");
  });
});
