// What the import page replies to an upload, a start or an undo, and what an undo says (the page
// and `factloop imports undo` share `undoBatch`), as messages with [en, zh-CN, ja] texts. The
// command line and the services keep the English of the same triple (`importReplyEnglish`); the
// page translates the code.
import { english, type Message, type MessageParams, type TripleTree } from "../message";
import { IMPORT_FILE_TREES } from "./file-messages";

export const importReplyMessages = {
  importReply: {
    tooBig: [
      "That upload is {{size}} GB; files up to 1 GB can be imported. Split the export (for example by month) and import the parts.",
      "这次上传的文件为 {{size}} GB；最多可导入 1 GB 的文件。请把导出拆分（例如按月）后分别导入。",
      "アップロードは {{size}} GB です。インポートできるのは 1 GB までです。エクスポートを分割して（例：月ごと）それぞれインポートしてください。",
    ],
    tooBigUnknown: [
      "That upload is over 1 GB; files up to 1 GB can be imported. Split the export (for example by month) and import the parts.",
      "这次上传的文件超过 1 GB；最多可导入 1 GB 的文件。请把导出拆分（例如按月）后分别导入。",
      "アップロードは 1 GB を超えています。インポートできるのは 1 GB までです。エクスポートを分割して（例：月ごと）それぞれインポートしてください。",
    ],
    uploadsFull: [
      "The server's space for uploads waiting to be imported is full. Import or leave the files already uploaded (they are removed after a day), or try again later.",
      "服务器上等待导入的上传空间已满。请先导入或放弃已上传的文件（一天后会自动删除），或稍后再试。",
      "インポート待ちのアップロード用のサーバー領域がいっぱいです。アップロード済みのファイルをインポートするか放置してください（1日後に削除されます）。または後でもう一度お試しください。",
    ],
    noFile: ["Choose or drop at least one file.", "请至少选择或拖入一个文件。", "ファイルを1つ以上選ぶかドロップしてください。"],
    uploadGone: ["That upload is gone; drop the file again.", "这次上传已失效；请重新拖入文件。", "このアップロードはもうありません。ファイルをもう一度ドロップしてください。"],
    anUploadGone: ["An upload is gone; drop the file again.", "有一个上传已失效；请重新拖入文件。", "アップロードの1つがもうありません。ファイルをもう一度ドロップしてください。"],
    uploadFirst: ["Upload a file first.", "请先上传文件。", "先にファイルをアップロードしてください。"],
    chooseKind: ["Choose what kind of file {{file}} is.", "请选择 {{file}} 的文件类型。", "{{file}} の種類を選んでください。"],
    mappingUnreadable: ["The column mapping could not be read.", "无法读取列映射。", "列の対応付けを読み取れませんでした。"],
    whichBatch: ["Which batch?", "要撤销哪一批？", "どの回の取り込みですか？"],
    notConfirmed: [
      "Undo was not confirmed: choose Undo in the history and confirm.",
      "撤销未经确认：请在历史中点击“撤销”并确认。",
      "取り消しが確認されていません。履歴で「取り消す」を選んで確認してください。",
    ],
    unknownAction: ["Unknown action.", "未知的操作。", "不明な操作です。"],
  },
  importUndo: {
    done: [
      "Batch {{batch}} was undone: {{removed, number}} rows removed, {{restored, number}} earlier rows restored.",
      "批次 {{batch}} 已撤销：移除 {{removed, number}} 行，恢复之前的 {{restored, number}} 行。",
      "取り込み {{batch}} を取り消しました。{{removed, number}} 行を削除し、以前の {{restored, number}} 行を復元しました。",
    ],
    doneGroup: [
      "Batches {{batches}} (imported together) were undone: {{removed, number}} rows removed, {{restored, number}} earlier rows restored.",
      "批次 {{batches}}（一同导入）已撤销：移除 {{removed, number}} 行，恢复之前的 {{restored, number}} 行。",
      "取り込み {{batches}}（同時にインポート）を取り消しました。{{removed, number}} 行を削除し、以前の {{restored, number}} 行を復元しました。",
    ],
    noBatch: ["There is no import batch {{batch}} for {{merchant}}", "{{merchant}} 没有导入批次 {{batch}}", "{{merchant}} にはインポートの取り込み {{batch}} がありません"],
    alreadyUndone: ["Batch {{batch}} was already undone", "批次 {{batch}} 已经撤销过了", "取り込み {{batch}} はすでに取り消されています"],
    stillImporting: [
      "Batch {{batch}} is still importing; wait until it has finished",
      "批次 {{batch}} 仍在导入中；请等它完成",
      "取り込み {{batch}} はまだインポート中です。終わるまでお待ちください",
    ],
    storedNothing: [
      "Batch {{batch}} stored nothing ({{status}}), so there is nothing to undo",
      "批次 {{batch}} 没有保存任何内容（{{status}}），所以没有可撤销的",
      "取り込み {{batch}} は何も保存していません（{{status}}）。取り消すものはありません",
    ],
    // a batch's status as the refusal names it (the English is the stored status)
    status: {
      failed: ["failed", "失败", "失敗"],
      "dry-run": ["dry-run", "试运行", "ドライラン"],
      running: ["running", "导入中", "インポート中"],
      undone: ["undone", "已撤销", "取り消し済み"],
      done: ["done", "已导入", "インポート済み"],
    },
    groupStillImporting: [
      "Batch {{running}}, imported with batch {{batch}}, is still importing; wait until it has finished",
      "与批次 {{batch}} 一同导入的批次 {{running}} 仍在导入中；请等它完成",
      "取り込み {{batch}} と同時にインポートした取り込み {{running}} がまだインポート中です。終わるまでお待ちください",
    ],
    // Chinese and Japanese have one form for any count: they name the batches again
    later_one: [
      "Batch {{batch}} cannot be undone yet: {{list}} replaced some of its rows since. Undo that one first",
      "批次 {{batch}} 暂时不能撤销：{{list}} 之后替换了它的部分行。请先撤销{{list}}",
      "取り込み {{batch}} はまだ取り消せません。その後 {{list}} が一部の行を置き換えました。先に {{list}} を取り消してください",
    ],
    later_other: [
      "Batch {{batch}} cannot be undone yet: {{list}} replaced some of its rows since. Undo those first",
      "批次 {{batch}} 暂时不能撤销：{{list}} 之后替换了它的部分行。请先撤销{{list}}",
      "取り込み {{batch}} はまだ取り消せません。その後 {{list}} が一部の行を置き換えました。先に {{list}} を取り消してください",
    ],
    // one batch named inside a list: "batch 12"
    batchRef: ["batch {{batch}}", "批次 {{batch}}", "取り込み {{batch}}"],
  },
} as const satisfies TripleTree;

const TREES: TripleTree = { ...IMPORT_FILE_TREES, ...importReplyMessages };

export function importReply(key: keyof typeof importReplyMessages.importReply, params?: MessageParams): Message {
  return params ? { code: `importReply.${key}`, params } : { code: `importReply.${key}` };
}

export function undoSays(key: string, params?: MessageParams): Message {
  return params ? { code: `importUndo.${key}`, params } : { code: `importUndo.${key}` };
}

/** The canonical English of an import page reply or an undo message (command line, services). */
export function importReplyEnglish(m: Message): string {
  return english(TREES, m);
}

/** An upload over the limit: its size when the request said it, else "over 1 GB". */
export function tooBigReply(bytes: number | null): Message {
  return bytes === null ? importReply("tooBigUnknown") : importReply("tooBig", { size: (bytes / 1024 ** 3).toFixed(2) });
}

/** What an undo did: one batch, or a group of files imported together (their ids, smallest first). */
export function undoneMessage(r: { batchId: number; batchIds: readonly number[]; removed: number; restored: number }): Message {
  const counts = { removed: r.removed, restored: r.restored };
  return r.batchIds.length > 1
    ? undoSays("doneGroup", { batches: [...r.batchIds].sort((a, b) => a - b).join(", "), ...counts })
    : undoSays("done", { batch: r.batchId, ...counts });
}

/** Later batches that replaced rows of `batch` and must be undone first. */
export function laterBatchesRefusal(batch: number, later: readonly number[]): Message {
  return undoSays("later", { batch, count: later.length, list: { list: later.map((id) => undoSays("batchRef", { batch: id })), sep: ", " } });
}

/** A batch's stored status inside a refusal, translated on the page ("failed", 失败). */
export function undoStatus(status: string): Message | string {
  return Object.hasOwn(importReplyMessages.importUndo.status, status) ? undoSays(`status.${status}`) : status;
}
