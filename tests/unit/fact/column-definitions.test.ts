// What a FACT column means, in the reader's language: every column that has a definition names its
// own message, so a key used by several tables (gmv_share, roi, contents) keeps the meaning of its
// table on Chinese and Japanese pages and downloads, not the first one written for the key.
import { describe, expect, it } from "vitest";
import * as tables from "~/domain/fact/tables";
import { FACT_COLUMNS } from "~/domain/report/fact-report";
import { translate, type Message } from "~/domain/message";
import type { Column } from "~/domain/report/table";
import { tOf } from "~/i18n/t";

const say = (lang: string, m: Message) => translate((k, o) => tOf(lang)(k, o) as string, m);
const CJK = /[\u3040-\u30ff\u4e00-\u9fff]/;

// the FACT pages' tables, and the FACT report (`factloop report fact`, its downloads)
const all = [...Object.entries(tables).filter((e): e is [string, Column[]] => Array.isArray(e[1])), ["FACT_COLUMNS", FACT_COLUMNS] as [string, Column[]]];

describe("FACT column definitions", () => {
  it("come with a message whose English is the canonical definition, translated in zh-CN and ja", () => {
    expect(all.length).toBeGreaterThanOrEqual(9);
    let checked = 0;
    for (const [table, columns] of all) {
      for (const c of columns.filter((c) => c.definition)) {
        const m = c.definitionMessage as Message | undefined;
        expect(m, `${table}.${c.key}`).toBeDefined();
        expect(say("en", m!), `${table}.${c.key}`).toBe(c.definition);
        for (const lang of ["zh-CN", "ja"]) {
          const text = say(lang, m!);
          expect(text, `${table}.${c.key} in ${lang}`).toMatch(CJK);
          expect(text).not.toBe(c.definition);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it("keep each table's meaning of a shared key", () => {
    const of = (columns: Column[], key: string) => columns.find((c) => c.key === key)!.definitionMessage as Message;
    const shares = [of(tables.PILLAR_SUMMARY_COLUMNS, "gmv_share"), of(tables.TIER_COLUMNS, "gmv_share"), of(tables.SHELF_CHANNEL_COLUMNS, "gmv_share")];
    for (const lang of ["en", "zh-CN", "ja"]) expect(new Set(shares.map((m) => say(lang, m))).size, lang).toBe(3);
    expect(say("zh-CN", shares[1])).toBe("该层级 GMV ÷ 达人矩阵 GMV。");
    expect(say("ja", of(tables.CAMPAIGN_COLUMNS, "roi"))).toBe("キャンペーン GMV ÷ 予算。予算がなければ空欄。");
  });
});
