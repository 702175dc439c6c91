// The import page's history of batches. The status words stay as the database writes them in
// English (the browser test finds rows by "done" and "undone").
export const importHistory = {
  importHistory: {
    table: ["Import history", "导入记录", "インポート履歴"],
    none: ["No imports yet.", "还没有导入。", "まだインポートはありません。"],
    batch: ["Batch", "批次", "バッチ"],
    file: ["File", "文件", "ファイル"],
    kind: ["Kind", "类型", "種類"],
    started: ["Started", "开始时间", "開始"],
    status: ["Status", "状态", "状態"],
    rows: ["Rows", "行数", "行数"],
    inserted: ["Inserted", "新增", "追加"],
    replaced: ["Replaced", "替换", "置換"],
    rejected: ["Rejected", "拒绝", "却下"],
    report: ["report", "报告", "レポート"],
    undo: ["Undo…", "撤销…", "取り消す…"],
    state: {
      done: ["done", "已完成", "完了"],
      "dry-run": ["dry-run", "试运行", "ドライラン"],
      failed: ["failed", "失败", "失敗"],
      undone: ["undone", "已撤销", "取り消し済み"],
      running: ["running", "进行中", "実行中"],
      interrupted: ["interrupted", "已中断", "中断"],
    },
  },
} as const;
