// Every interface message, in English, 简体中文 and 日本語 side by side: a message is written as
// [en, zh-CN, ja], so a language cannot be left out (a tuple of three is a type error otherwise)
// and a translator reads the three together. i18next receives one tree per language.
import type { Locale } from "~/domain/locale-format";
import { access } from "./access";
import { app } from "./app";
import { fact } from "./fact";
import { factMore } from "./fact-more";
import { forecastPage } from "./forecast-page";
import { importPage } from "./import-page";
import { forecastExplainMessages } from "~/domain/forecast/explain-messages";
import { phaseDefinitionMessages } from "~/domain/report/phase-definitions";
import { reportExportMessages } from "~/domain/report/export-notes";
import { importMessages } from "~/domain/import/messages";
import { importFileMessages } from "~/domain/import/file-messages";
import { csvMessages } from "~/domain/import/csv";
import { jsonMessages } from "~/domain/import/json-stream";
import { limitTriples } from "~/domain/import/limits";
import { exportMessages } from "~/domain/import/exports/messages";
import { importReplyMessages } from "~/domain/import/replies";
import { mappingMessages } from "~/domain/import/aliases";
import { jobMessages } from "~/domain/jobs";
import { liveWithoutAccountMessages } from "~/domain/fact/rules";
import { factColumnMessages } from "~/domain/fact/column-definitions";
import { pillarSettingsMessages } from "~/domain/fact/pillar-settings-messages";
import { plannerMessages } from "~/domain/planner/messages";
import { whyMessages } from "~/domain/planner/why";
import { planExportMessages } from "~/domain/planner/export-words";
import { accessMessages } from "~/domain/auth/messages";
import { phaseQueryMessages } from "~/domain/phases/report-query-messages";
import { splitLabelMessages } from "~/domain/phases/split-label-messages";
import { reportSizeMessages } from "~/domain/report/size";
import { definitionMessages } from "~/domain/phases/definition-messages";
import { importHistory } from "./import-history";
import { other } from "./other";
import { phases } from "./phases";
import { planner } from "./planner";

export type Triple = readonly [en: string, zh: string, ja: string];
export interface TripleTree {
  readonly [key: string]: Triple | TripleTree;
}

export const ALL = { ...app, ...fact, ...phases, ...other, ...access, ...planner, ...importHistory, ...forecastPage, ...forecastExplainMessages, ...phaseDefinitionMessages, ...reportExportMessages, ...importMessages, ...importFileMessages, ...csvMessages, ...jsonMessages, ...limitTriples, ...exportMessages, ...importReplyMessages, ...mappingMessages, ...jobMessages, ...liveWithoutAccountMessages, ...factColumnMessages, ...pillarSettingsMessages, ...importPage, ...factMore, ...plannerMessages, ...whyMessages, ...planExportMessages, ...accessMessages, ...phaseQueryMessages, ...splitLabelMessages, ...reportSizeMessages, ...definitionMessages } satisfies TripleTree;

/** The English (zh, ja) tree of a triple tree: the shape i18next reads. */
export type Messages<T = typeof ALL> = { -readonly [K in keyof T]: T[K] extends Triple ? string : Messages<T[K]> };

const INDEX: Record<Locale, 0 | 1 | 2> = { en: 0, "zh-CN": 1, ja: 2 };

function pick(tree: TripleTree, i: 0 | 1 | 2): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(tree)) out[k] = Array.isArray(v) ? (v as Triple)[i] : pick(v as TripleTree, i);
  return out;
}

export function messages(locale: Locale): Messages {
  return pick(ALL, INDEX[locale]) as Messages;
}
