// What a report request was refused for (a date it cannot read, From after To, a report over the
// size limit), in the reader's language: the services write English (the command line and the
// e2e tests read it), found again here as its message; any other sentence is shown as it is.
import type { TFunction } from "i18next";
import { accessMessageOf } from "~/domain/auth/messages";
import { phaseQueryMessageOf } from "~/domain/phases/report-query-messages";
import { reportTooLargeOf } from "~/domain/report/size";
import { messageText } from "./message-text";

export function reportText(t: TFunction, text: string): string {
  const m = phaseQueryMessageOf(text) ?? reportTooLargeOf(text) ?? accessMessageOf(text);
  return m ? messageText(t, m) : text;
}
