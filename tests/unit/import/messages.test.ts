// Import row messages: one code and its parameters make the canonical English (command line,
// JSON report, rejected-rows CSV) and the page's Chinese and Japanese.
import { describe, expect, it } from "vitest";
import { duplicateKeyOf, duplicateMessage, importEnglish, importMessageOf, raggedMessage } from "~/domain/import/messages";
import { cellMessage, cellMessageOf, rowParser } from "~/domain/import/rows";
import { translate, type Message } from "~/domain/message";
import { tOf } from "~/i18n/t";

const say = (lang: string, m: Message) => translate((k, o) => tOf(lang)(k, o) as string, m);

describe("import row messages", () => {
  const issue = { field: "gmv", value: "12,34.5", problem: "is not an amount of money (for example 1234.50 or 1,234.50)" };

  it("write the English the command line has always printed, from the code", () => {
    expect(cellMessage("orders", 14, "gmv", issue)).toBe('Line 14, column "gmv": "12,34.5" is not an amount of money (for example 1234.50 or 1,234.50)');
    expect(cellMessageOf("orders", 14, "gmv", issue)).toMatchObject({ code: "importRow.cell", params: { line: 14, column: "gmv", problem: { code: "importRow.problem.notMoney" } } });
    expect(importEnglish(raggedMessage(3, 1, 4))).toBe("Line 3 has 1 value, but the header has 4 columns");
    expect(importEnglish(duplicateMessage("views", 9, duplicateKeyOf("views", "content_id", '"v1"', "2026-06-01")))).toBe(
      'Line 9: content_id "v1" on 2026-06-01 appears more than once in this file; each views row may be given once',
    );
  });

  it("translate the same code on the page", () => {
    const m = cellMessageOf("orders", 14, "gmv", issue);
    expect(say("zh-CN", m)).toBe("第 14 行，“gmv”列：\"12,34.5\" 不是金额（例如 1234.50 或 1,234.50）");
    expect(say("ja", m)).toBe("14 行目、列「gmv」：\"12,34.5\" が金額ではありません（例：1234.50 または 1,234.50）");
    expect(say("en", m)).toBe(cellMessage("orders", 14, "gmv", issue));
  });

  it("find the code of every message a real row check writes, from its English", () => {
    const parser = rowParser("orders", "Asia/Shanghai");
    const bad = parser.parse({ order_id: "A\u0000", paid_at: "2026-02-30 10:00", gmv: "-1", quantity: "1.5", status: "maybe", channel: "" });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    for (const i of bad.issues) {
      const english = cellMessage("orders", 7, i.field, i);
      const back = importMessageOf(english);
      expect(back, english).not.toBeNull();
      expect(importEnglish(back!)).toBe(english);
      expect(say("zh-CN", back!)).not.toMatch(/\b(is|not|Line|column)\b/);
    }
  });
});
