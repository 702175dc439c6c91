// Every message key the code names exists, in every language, and no message is empty: a
// missing key fails here, never shows on a page.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFINITION_KEYS } from "~/components/planner/text";
import * as fact from "~/domain/fact/tables";
import { PHASE_COLUMNS, PHASE_EXTRA_COLUMNS } from "~/domain/report/phase-report";
import { LOCALES } from "~/i18n/config";
import { ALL, messages } from "~/i18n/messages";
import { incompleteTriples } from "../../helpers/triples";

const root = resolve(import.meta.dirname, "..", "..", "..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

function has(tree: unknown, key: string): boolean {
  let node = tree as Record<string, unknown> | undefined;
  for (const part of key.split(".")) {
    if (!node || typeof node !== "object") return false;
    node = node[part] as Record<string, unknown> | undefined;
  }
  return node !== undefined;
}

describe("messages", () => {
  it("every message has three non-empty languages", () => {
    expect(incompleteTriples(ALL)).toEqual([]);
  });

  it("every literal key named in app/ exists (plural keys by their _one / _other forms)", () => {
    const missing: string[] = [];
    for (const file of files(resolve(root, "app"))) {
      const src = readFileSync(file, "utf8");
      for (const m of src.matchAll(/\bt\(\s*"([a-zA-Z_]+(?:\.[a-zA-Z0-9_]+)+)"/g)) {
        const key = m[1];
        if (!has(ALL, key) && !has(ALL, `${key}_other`)) missing.push(`${file.slice(root.length + 1)}: ${key}`);
      }
      // template keys: `pillar.name.${p}` style, checked against each value they may take below
    }
    expect(missing).toEqual([]);
  });

  it("keys built from values exist for every value", () => {
    const en = messages("en");
    for (const p of ["F", "A", "C", "T", "S"]) expect(has(en, `pillar.name.${p}`) && has(en, `pillar.description.${p}`)).toBe(true);
    for (const p of ["exploration", "connection", "verification", "purchase", "confirmation", "sharing"]) expect(has(en, `phase.name.${p}`)).toBe(true);
    for (const c of ["live", "video", "mall", "search", "other"]) expect(has(en, `channel.${c}`)).toBe(true);
    for (const r of ["campaign", "self", "top_kol", "creator", "shelf"]) expect(has(en, `orders.rules_.${r}`)).toBe(true);
    for (const f of ["live", "video"]) expect(has(en, `planner.format.${f}`)).toBe(true);
    for (const i of ["seeding", "harvesting"]) expect(has(en, `planner.intent.${i}`)).toBe(true);
    for (const q of ["seeder", "harvester", "both", "neither"]) expect(has(en, `planner.quadrant.${q}`)).toBe(true);
    for (const s of ["notStarted", "running", "finished"]) expect(has(en, `planner.status.${s}`)).toBe(true);
    for (const k of DEFINITION_KEYS) expect(has(en, `planner.def.${k}.term`) && has(en, `planner.def.${k}.text`)).toBe(true);
  });

  it("every report column has a name in every language", () => {
    const columns = [...Object.values(fact).filter(Array.isArray).flat(), ...PHASE_COLUMNS, ...PHASE_EXTRA_COLUMNS] as { key: string }[];
    const missing = [...new Set(columns.map((c) => c.key))].filter((k) => !LOCALES.every((l) => has(messages(l), `col.${k}`)));
    expect(missing).toEqual([]);
  });

  it("Chinese and Japanese use the industry's words for pillars and phases", () => {
    const zh = messages("zh-CN");
    const ja = messages("ja");
    expect(zh.pillar.name).toEqual({ F: "自播", A: "达人矩阵", C: "营销活动", T: "头部达人", S: "货架" });
    expect(zh.phase.name.exploration).toContain("种草");
    expect(zh.phase.name.purchase).toContain("拔草");
    expect(ja.pillar.name.T).toBe("トップKOL");
    expect(ja.phase.name.exploration).toContain("種草");
  });
});
