// The planner's service sentences: English for the command line from one triple each, found again
// from that English on a page and shown in the reader's language.
import { describe, expect, it } from "vitest";
import { plannerText } from "~/components/planner/planner-text";
import { plannerEnglish, plannerMessageOf } from "~/domain/planner/messages";
import { parseMoney } from "~/domain/money";
import { tOf } from "~/i18n/t";

describe("planner messages", () => {
  it("keep the English the services wrote", () => {
    expect(plannerEnglish("planExists", { name: "June" })).toBe("A plan named “June” already exists; choose another name.");
    expect(plannerEnglish("infeasibleCost", { need: 5, sum: "900.00", budget: "500.00" })).toBe(
      "At least 5 creators were asked for, but the 5 cheapest one-post bookings cost 900.00, more than the budget of 500.00.",
    );
  });

  it("show in Chinese and Japanese, nested cell problems included", () => {
    const zh = tOf("zh-CN");
    expect(plannerText(zh, plannerEnglish("planExists", { name: "June" }))).toBe("已有名为“June”的计划；请换一个名字。");
    const bad = parseMoney("12,34.5");
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(plannerText(tOf("ja"), plannerEnglish("amount", { problem: bad.error }))).toBe("この金額が金額ではありません（例：1234.50 または 1,234.50）。");
    expect(plannerMessageOf(plannerEnglish("infeasibleFew", { need: 3, count: 1 }))).toEqual({ code: "plannerSays.infeasibleFew", params: { need: "3", count: 1 } });
    expect(plannerText(zh, "Something no template makes.")).toBe("Something no template makes.");
  });
});
