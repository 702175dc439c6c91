// What the phase definitions form (definitions.ts) says, as [en, zh-CN, ja] texts, kept apart
// from its zod schema so the interface's messages do not pull zod into every page: a phase left
// without a counter, a counter it does not know, and the warning that a counter counts in two
// phases. The form keeps writing the English; the page shows the same message in its language.
import { phases as phaseWords } from "../../i18n/messages/phases";
import { english, messageFromEnglish, type Message, type MessageParams, type TripleTree } from "../message";
import { PHASE_NAMES } from "../report/phase-definitions";
import type { Counter, Phase } from "../settings";

export const definitionMessages = {
  phaseDefSays: {
    atLeastOne: ["Choose at least one counter for {{phase}}.", "请为{{phase}}至少选择一个计数项。", "{{phase}}のカウンターを少なくとも1つ選んでください。"],
    notCounter: ["{{phase}}: a chosen counter is not a counter factloop knows.", "{{phase}}：所选的计数项不是 factloop 认识的。", "{{phase}}：選んだカウンターは factloop が知らないものです。"],
    twice: [
      "{{counter}} count in {{phases}}; the step between them is no longer a conversion.",
      "{{counter}}同时计入{{phases}}；它们之间的步骤不再是转化。",
      "{{counter}}は{{phases}}で数えられています。その間のステップは転換ではなくなります。",
    ],
    and: ["{{a}} and {{b}}", "{{a}}、{{b}}", "{{a}}と{{b}}"],
    notSaved: ["The settings could not be saved: {{why}}", "设置无法保存：{{why}}", "設定を保存できませんでした：{{why}}"],
  },
} as const satisfies TripleTree;

const TREES: TripleTree = { ...definitionMessages, phase: { name: PHASE_NAMES }, phases: { counter: phaseWords.phases.counter } };

const phaseName = (p: Phase): Message => ({ code: `phase.name.${p}` });
const say = (key: keyof typeof definitionMessages.phaseDefSays, params?: MessageParams): Message =>
  params ? { code: `phaseDefSays.${key}`, params } : { code: `phaseDefSays.${key}` };

export const atLeastOneCounter = (p: Phase): Message => say("atLeastOne", { phase: phaseName(p) });
export const notACounter = (p: Phase): Message => say("notCounter", { phase: phaseName(p) });
export const notSaved = (why: string): Message => say("notSaved", { why });

/** "Shares count in Connection and Sharing; …": a counter that counts in several phases. */
export function countsTwice(counter: Counter, phases: readonly Phase[]): Message {
  const list = phases.map(phaseName).reduceRight((b, a) => say("and", { a, b }));
  return say("twice", { counter: { code: `phases.counter.${counter}` }, phases: list });
}

/** The English the form and the command line write. */
export function definitionEnglish(m: Message): string {
  return english(TREES, m);
}

const PHASE_OF_NAME = new Map<string, Phase>(Object.entries(PHASE_NAMES).map(([p, triple]) => [triple[0], p as Phase]));

/** A field or form error's English back to its message (a phase named in it translated too); null for any other text. */
export function definitionMessageOf(text: string): Message | null {
  const m = messageFromEnglish(definitionMessages, "phaseDefSays", text);
  if (!m) return null;
  const phase = m.params?.phase;
  if (typeof phase === "string") {
    const p = PHASE_OF_NAME.get(phase);
    if (!p) return null;
    m.params!.phase = phaseName(p);
  }
  return m;
}
