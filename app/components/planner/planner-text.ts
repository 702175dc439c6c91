// A planner service's sentence in the page's language (the services write English: the command
// line shares them); a sentence no template makes is shown as it is.
import type { TFunction } from "i18next";
import { problemMessage } from "~/domain/import/messages";
import { plannerMessageOf } from "~/domain/planner/messages";
import { whyMessageOf } from "~/domain/planner/why";
import { messageText } from "../message-text";

export function plannerText(t: TFunction, text: string): string {
  const m = plannerMessageOf(text);
  if (!m) return text;
  // "This amount is not an amount of money (…)": the cell parser's sentence, translated too
  if (m.code === "plannerSays.amount" && typeof m.params?.problem === "string") m.params.problem = problemMessage(m.params.problem);
  return messageText(t, m);
}

/** A plan line's stored why in the page's language; a why no template makes (written by hand) as it is. */
export function planLineWhy(t: TFunction, why: string): string {
  const m = whyMessageOf(why);
  return m ? messageText(t, m) : why;
}
