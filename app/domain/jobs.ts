// What the writer queue's jobs are called on the page, the jobs page and the command line: one
// place for the words, so they can be translated.
import { access } from "../i18n/messages/access";
import { english, type Message, type TripleTree } from "./message";

export interface JobView {
  kind: "import" | "undo" | "settings";
  merchant: string | null;
  label: string;
  state: "waiting" | "running";
  startedAt: number | null;
  queuedAt: number;
}

/** What the writer queue says about a job, as [en, zh-CN, ja] texts; a job's kind is `jobs.kinds.*`. */
export const jobMessages = {
  jobsSay: {
    title: ["{{kind}} of {{label}}{{merchant}}", "{{kind}}：{{label}}{{merchant}}", "{{kind}}：{{label}}{{merchant}}"],
    merchant: [" ({{merchant}})", "（{{merchant}}）", "（{{merchant}}）"],
    otherFile: ["another merchant's file", "其他商家的文件", "他のショップのファイル"],
    waiting: [
      "Waiting for another import or change to finish{{what}}{{more}}. It starts by itself; nothing is lost by waiting.",
      "正在等待另一个导入或修改完成{{what}}{{more}}。轮到时会自动开始，等待不会丢失任何内容。",
      "別のインポートまたは変更の完了を待っています{{what}}{{more}}。順番が来ると自動的に始まり、待っても何も失われません。",
    ],
    // queued with nothing running or ahead: its turn has come, its process is starting
    starting: ["Starting…", "即将开始…", "まもなく開始します…"],
    running: [" ({{job}} is running)", "（正在运行：{{job}}）", "（実行中：{{job}}）"],
    ahead: ["; {{n}} more ahead in the queue", "；队列中前面还有 {{n}} 个", "、前にあと {{n}} 件"],
    // the labels the pages give their writer jobs (an import's label is its file's name)
    label: {
      pillarSettings: ["pillar settings", "阵地设置", "柱の設定"],
      phaseDefinitions: ["phase definitions", "阶段定义", "フェーズの定義"],
      batch: ["batch {{batch}}", "批次 {{batch}}", "取り込み {{batch}}"],
    },
  },
} as const satisfies TripleTree;

const TREES: TripleTree = { jobs: access.jobs, ...jobMessages };

const LABELS: Record<string, string> = { "pillar settings": "pillarSettings", "phase definitions": "phaseDefinitions" };

/** A job's label as a message when it is the app's own words ("pillar settings", "batch 12"); a file name as it is. */
export function jobLabelMessage(label: string | Message): string | Message {
  if (typeof label !== "string") return label;
  if (Object.hasOwn(LABELS, label)) return { code: `jobsSay.label.${LABELS[label]}` };
  const batch = /^batch (\d+)$/.exec(label);
  return batch ? { code: "jobsSay.label.batch", params: { batch: Number(batch[1]) } } : label;
}

/** "import of orders.csv (shop)"; `label` a message when it is words, not a file name. */
export function jobTitleMessage(j: Pick<JobView, "kind" | "merchant"> & { label: string | Message }): Message {
  return {
    code: "jobsSay.title",
    params: { kind: { code: `jobs.kinds.${j.kind}` }, label: jobLabelMessage(j.label), merchant: j.merchant ? { code: "jobsSay.merchant", params: { merchant: j.merchant } } : "" },
  };
}

/** "import of orders.csv (shop)". */
export function jobTitle(j: Pick<JobView, "kind" | "merchant" | "label">): string {
  return english(TREES, jobTitleMessage(j));
}

/** What a waiting job waits for; `running` is null when nothing runs, its label a message for another merchant's file. */
export function waitingMessageOf(running: (Pick<JobView, "kind" | "merchant"> & { label: string | Message }) | null, ahead: number): Message {
  if (!running && ahead === 0) return { code: "jobsSay.starting" };
  return {
    code: "jobsSay.waiting",
    params: {
      what: running ? { code: "jobsSay.running", params: { job: jobTitleMessage(running) } } : "",
      more: ahead > 0 ? { code: "jobsSay.ahead", params: { n: ahead } } : "",
    },
  };
}

/** Another merchant's file, as a waiting job names what runs. */
export const OTHER_MERCHANTS_FILE: Message = { code: "jobsSay.otherFile" };

/** What a waiting job waits for: "Waiting for another import (import of big.csv (shop)); 1 more ahead". */
export function waitingMessage(running: (Pick<JobView, "kind" | "merchant"> & { label: string | Message }) | null, ahead: number): string {
  return english(TREES, waitingMessageOf(running, ahead));
}

export const JOB_STATE_WORDS: Record<JobView["state"], string> = { waiting: "waiting", running: "running" };
