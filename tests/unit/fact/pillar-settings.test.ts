import { describe, expect, it } from "vitest";
import { parsePillarSettingsForm, pillarSettingsOf, withPillarSettings } from "../../../app/domain/fact/pillar-settings";
import { readSettings } from "../../../app/domain/settings";

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
});
