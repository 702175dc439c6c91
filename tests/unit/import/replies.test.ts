// The import page's own replies (an upload over the limit, the upload space full, an upload gone,
// a mapping that does not fit), what an undo says and what a waiting import waits for: one code
// and its parameters make the English the command line has always printed and the page's Chinese
// and Japanese.
import { describe, expect, it } from "vitest";
import { mappingEnglish, mappingMessages, mappingProblemMessages, mappingProblems } from "~/domain/import/aliases";
import { importReply, importReplyEnglish, importReplyMessages, laterBatchesRefusal, tooBigReply, undoneMessage, undoSays, undoStatus } from "~/domain/import/replies";
import { jobMessages, jobTitle, OTHER_MERCHANTS_FILE, waitingMessage, waitingMessageOf } from "~/domain/jobs";
import { messageData, translate, type Message, type TripleTree } from "~/domain/message";
import { tOf } from "~/i18n/t";

const say = (lang: string, m: Message) => translate((k, o) => tOf(lang)(k, o) as string, m);

/** English words that would mean a sentence was left untranslated (data taken out first). */
const ENGLISH = /\b(the|is|are|was|were|of|and|or|rows?|files?|batch(es)?|upload|undo(ne)?|import(ed|ing)?|nothing|field|column|mapping|waiting|choose|drop)\b/i;

function withoutData(text: string, m: Message): string {
  let out = text;
  for (const d of [...messageData(m), "GB", "factloop"]) out = out.split(d).join(" ");
  return out;
}

function chineseAndJapanese(m: Message, english: string): void {
  expect(say("en", m)).toBe(english);
  for (const lang of ["zh-CN", "ja"]) {
    const text = say(lang, m);
    expect(text, `${lang}: ${m.code}`).not.toContain("{{");
    expect(text, `${lang}: ${m.code}`).not.toBe(english);
    expect(withoutData(text, m), `${lang}: ${text}`).not.toMatch(ENGLISH);
  }
}

describe("the import page's replies and the undo's messages", () => {
  it("have three texts whose parameters are the English one's", () => {
    const names = (s: string) => [...new Set([...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]))].sort();
    const walk = (t: TripleTree, at: string) => {
      for (const [k, v] of Object.entries(t)) {
        if (!Array.isArray(v)) {
          walk(v as TripleTree, `${at}${k}.`);
          continue;
        }
        const [en, zh, ja] = v as string[];
        expect(v.length, `${at}${k}`).toBe(3);
        expect([en, zh, ja].every((x) => x.trim() !== ""), `${at}${k}`).toBe(true);
        for (const other of [zh, ja]) expect(names(other), `${at}${k}`).toEqual(names(en));
      }
    };
    walk({ ...importReplyMessages, ...mappingMessages, ...jobMessages }, "");
  });

  it("keep the English word for word", () => {
    expect(importReplyEnglish(tooBigReply(null))).toBe(
      "That upload is over 1 GB; files up to 1 GB can be imported. Split the export (for example by month) and import the parts.",
    );
    expect(importReplyEnglish(tooBigReply(1.5 * 1024 ** 3))).toBe(
      "That upload is 1.50 GB; files up to 1 GB can be imported. Split the export (for example by month) and import the parts.",
    );
    expect(importReplyEnglish(importReply("chooseKind", { file: "订单.csv" }))).toBe("Choose what kind of file 订单.csv is.");
    expect(importReplyEnglish(undoneMessage({ batchId: 7, batchIds: [7], removed: 12345, restored: 0 }))).toBe(
      "Batch 7 was undone: 12,345 rows removed, 0 earlier rows restored.",
    );
    expect(importReplyEnglish(undoneMessage({ batchId: 9, batchIds: [9, 8], removed: 2, restored: 1 }))).toBe(
      "Batches 8, 9 (imported together) were undone: 2 rows removed, 1 earlier rows restored.",
    );
    expect(importReplyEnglish(laterBatchesRefusal(3, [5, 6]))).toBe("Batch 3 cannot be undone yet: batch 5, batch 6 replaced some of its rows since. Undo those first");
    expect(importReplyEnglish(laterBatchesRefusal(3, [5]))).toBe("Batch 3 cannot be undone yet: batch 5 replaced some of its rows since. Undo that one first");
    expect(importReplyEnglish(undoSays("storedNothing", { batch: 4, status: undoStatus("dry-run") }))).toBe("Batch 4 stored nothing (dry-run), so there is nothing to undo");
    expect(mappingProblems("orders", { 单号: "order_number", b: 3 })).toEqual([
      `"单号" maps to "order_number", which is not a field of orders (fields: ${mappingProblemMessages("orders", { x: "y" })[0].params!.fields})`,
      '"b" must map to a field name (text), not 3',
    ]);
    expect(waitingMessage({ kind: "import", merchant: "shop", label: "big.csv" }, 2)).toBe(
      "Waiting for another import or change to finish (import of big.csv (shop) is running); 2 more ahead in the queue. It starts by itself; nothing is lost by waiting.",
    );
    // nothing runs and nothing is ahead: it is not waiting for anything, it is starting
    expect(waitingMessage(null, 0)).toBe("Starting…");
    expect(waitingMessage(null, 1)).toBe("Waiting for another import or change to finish; 1 more ahead in the queue. It starts by itself; nothing is lost by waiting.");
    expect(waitingMessage({ kind: "settings", merchant: null, label: OTHER_MERCHANTS_FILE }, 0)).toBe(
      "Waiting for another import or change to finish (settings change of another merchant's file is running). It starts by itself; nothing is lost by waiting.",
    );
    expect(jobTitle({ kind: "undo", merchant: "shop", label: "batch 3" })).toBe("undo of batch 3 (shop)");
  });

  it("read in Chinese and Japanese with no English sentence, figures formatted, data kept", () => {
    const all: [Message, string][] = [
      ...(Object.keys(importReplyMessages.importReply) as (keyof typeof importReplyMessages.importReply)[]).map((k) => {
        const m = k === "tooBig" ? tooBigReply(2 * 1024 ** 3) : k === "chooseKind" ? importReply(k, { file: "export.xlsx" }) : importReply(k);
        return [m, importReplyEnglish(m)] as [Message, string];
      }),
      ...[
        undoneMessage({ batchId: 7, batchIds: [7], removed: 12345, restored: 3 }),
        undoneMessage({ batchId: 9, batchIds: [9, 8], removed: 2, restored: 1 }),
        undoSays("noBatch", { batch: 999, merchant: "shop" }),
        undoSays("alreadyUndone", { batch: 2 }),
        undoSays("stillImporting", { batch: 2 }),
        undoSays("storedNothing", { batch: 2, status: undoStatus("failed") }),
        undoSays("groupStillImporting", { running: 3, batch: 2 }),
        laterBatchesRefusal(3, [5]),
        laterBatchesRefusal(3, [5, 6]),
      ].map((m) => [m, importReplyEnglish(m)] as [Message, string]),
      ...mappingProblemMessages("orders", { 单号: "order_number", 金额: 3 }).map((m) => [m, mappingEnglish(m)] as [Message, string]),
      ...[
        waitingMessageOf({ kind: "import", merchant: "shop", label: "big.csv" }, 2),
        waitingMessageOf({ kind: "undo", merchant: null, label: OTHER_MERCHANTS_FILE }, 0),
        waitingMessageOf(null, 1),
        waitingMessageOf(null, 0),
      ].map((m) => [m, say("en", m)] as [Message, string]),
    ];
    for (const [m, english] of all) chineseAndJapanese(m, english);
    expect(say("zh-CN", undoneMessage({ batchId: 7, batchIds: [7], removed: 12345, restored: 3 }))).toBe("批次 7 已撤销：移除 12,345 行，恢复之前的 3 行。");
    expect(say("ja", laterBatchesRefusal(3, [5]))).toBe("取り込み 3 はまだ取り消せません。その後 取り込み 5 が一部の行を置き換えました。先に 取り込み 5 を取り消してください");
    expect(say("zh-CN", undoSays("storedNothing", { batch: 2, status: undoStatus("failed") }))).toBe("批次 2 没有保存任何内容（失败），所以没有可撤销的");
    // the app's own job labels are words, translated; a file name is data
    expect(say("zh-CN", waitingMessageOf({ kind: "settings", merchant: "shop", label: "pillar settings" }, 0))).toBe(
      "正在等待另一个导入或修改完成（正在运行：设置修改：阵地设置（shop））。轮到时会自动开始，等待不会丢失任何内容。",
    );
    expect(say("ja", waitingMessageOf({ kind: "undo", merchant: "shop", label: "batch 12" }, 0))).toContain("取り消し：取り込み 12（shop）");
    expect(jobTitle({ kind: "settings", merchant: "shop", label: "phase definitions" })).toBe("settings change of phase definitions (shop)");
    expect(say("zh-CN", mappingProblemMessages("orders", { 单号: "order_number" })[0])).toMatch(/^“单号”映射到了“order_number”，但它不是订单的字段（字段：order_id, /);
  });
});
