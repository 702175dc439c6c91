// A merchant's own phase definitions: the form, the warnings, and how reports describe them.
import { describe, expect, it } from "vitest";
import { definitionWarningMessages, definitionWarnings, parseDefinitionsForm, sameDefinitions } from "../../../app/domain/phases/definitions";
import { definitionEnglish, definitionMessageOf, definitionMessages, notSaved } from "../../../app/domain/phases/definition-messages";
import { translate, type Message } from "../../../app/domain/message";
import { tOf } from "../../../app/i18n/t";
import { phaseColumns, usesDefaultDefinitions } from "../../../app/domain/phases/columns";
import { DEFAULT_PHASE_DEFINITIONS } from "../../../app/domain/settings";

function form(entries: [string, string][]) {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

const defaults: [string, string][] = [
  ["exploration", "impressions"],
  ["connection", "likes"],
  ["connection", "comments"],
  ["connection", "follows"],
  ["verification", "product_clicks"],
  ["purchase", "orders"],
  ["confirmation", "kept_orders"],
  ["sharing", "shares"],
  ["sharing", "media_reviews"],
];

describe("parseDefinitionsForm", () => {
  it("reads one checkbox group per phase, in the counters' own order", () => {
    const r = parseDefinitionsForm(form([...defaults.filter(([p]) => p !== "verification"), ["verification", "cart_adds"], ["verification", "product_clicks"]]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.definitions.verification).toEqual(["product_clicks", "cart_adds"]);
    expect(sameDefinitions(r.definitions)).toBe(false);
    const back = parseDefinitionsForm(form(defaults));
    expect(back).toEqual({ ok: true, definitions: DEFAULT_PHASE_DEFINITIONS });
    if (back.ok) expect(sameDefinitions(back.definitions)).toBe(true);
  });

  it("names each phase left empty and each counter it does not know", () => {
    const r = parseDefinitionsForm(form([...defaults.filter(([p]) => p !== "purchase" && p !== "sharing"), ["sharing", "tips"]]));
    expect(r).toEqual({
      ok: false,
      fieldErrors: {
        purchase: "Choose at least one counter for Purchase.",
        sharing: "Sharing: a chosen counter is not a counter factloop knows.",
      },
    });
  });
});

describe("definitionWarnings", () => {
  it("warns when a counter counts in two phases", () => {
    expect(definitionWarnings(DEFAULT_PHASE_DEFINITIONS)).toEqual([]);
    const w = definitionWarnings({ ...DEFAULT_PHASE_DEFINITIONS, connection: ["likes", "shares"] });
    expect(w).toEqual(["Shares count in Connection and Sharing; the step between them is no longer a conversion."]);
  });
});

describe("phaseColumns", () => {
  it("defines each phase column as the merchant defines the phase", () => {
    const own = { ...DEFAULT_PHASE_DEFINITIONS, verification: ["product_clicks", "cart_adds"] as ("product_clicks" | "cart_adds")[] };
    expect(usesDefaultDefinitions(own)).toBe(false);
    expect(usesDefaultDefinitions(DEFAULT_PHASE_DEFINITIONS)).toBe(true);
    const cols = phaseColumns(own);
    expect(cols.find((c) => c.key === "verification")?.definition).toBe(
      "Phase 3 volume: Σ product_clicks + cart_adds (this merchant's definition; the contract's default is Σ product_clicks).",
    );
    expect(cols.find((c) => c.key === "exploration")?.definition).toBe("Phase 1 volume: Σ impressions (the contract's default).");
  });

  it("keeps the contract's columns by default and the catalogue order for a choice", () => {
    expect(phaseColumns(DEFAULT_PHASE_DEFINITIONS).map((c) => c.key)).toEqual([
      "exploration", "connection", "verification", "purchase", "gmv", "confirmation", "sharing",
      "connection_rate", "verification_rate", "purchase_rate", "confirmation_rate", "sharing_rate",
      "overall_conversion", "loop_rate", "ugc_reach", "positive_review_rate",
    ]);
    expect(phaseColumns(DEFAULT_PHASE_DEFINITIONS, ["refunds", "exploration", "ugc_impressions"]).map((c) => c.key)).toEqual([
      "exploration", "refunds", "ugc_impressions",
    ]);
  });
});

describe("the definitions form's words in every language", () => {
  const say = (lang: string, m: Message) => translate((k, o) => tOf(lang)(k, o) as string, m);

  it("has three texts for each", () => {
    for (const v of Object.values(definitionMessages.phaseDefSays)) expect(v.every((x) => x.trim() !== "")).toBe(true);
  });

  it("finds each refusal again from its English and says it in Chinese and Japanese", () => {
    const r = parseDefinitionsForm(form([...defaults.filter(([p]) => p !== "purchase" && p !== "sharing"), ["sharing", "tips"]]));
    if (r.ok) throw new Error("expected a refusal");
    const texts = [...Object.values(r.fieldErrors), definitionEnglish(notSaved("Expected number"))] as string[];
    for (const english of texts) {
      const m = definitionMessageOf(english);
      expect(m, english).not.toBeNull();
      expect(say("en", m!)).toBe(english);
      for (const lang of ["zh-CN", "ja"]) expect(say(lang, m!).replace(/factloop|Expected number/g, "")).not.toMatch(/[A-Za-z]{3,}/);
    }
    expect(say("zh-CN", definitionMessageOf(r.fieldErrors.purchase!)!)).toBe("请为拔草·购买至少选择一个计数项。");
  });

  it("warns in the reader's language, every phase named", () => {
    const defs = { ...DEFAULT_PHASE_DEFINITIONS, connection: ["likes", "shares"] as typeof DEFAULT_PHASE_DEFINITIONS.connection, verification: ["shares"] as typeof DEFAULT_PHASE_DEFINITIONS.verification };
    const [w] = definitionWarningMessages(defs);
    expect(definitionEnglish(w)).toBe("Shares count in Connection and Verification and Sharing; the step between them is no longer a conversion.");
    expect(say("zh-CN", w)).toBe("分享同时计入互动、兴趣验证、分享；它们之间的步骤不再是转化。");
    expect(say("ja", w)).not.toMatch(/[A-Za-z]/);
  });
});
