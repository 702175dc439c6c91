// What the import said about a row or a file, in the page's language: the message's own code
// when the report carries one, else the code its English comes from (reports stored before
// codes), else the English as it is (a sentence no template makes).
import type { TFunction } from "i18next";
import { EXPORT_TERMS } from "~/domain/import/exports/messages";
import { importFileMessageOf } from "~/domain/import/file-messages";
import { importMessageOf } from "~/domain/import/messages";
import { messageData, type Message } from "~/domain/message";
import { messageText } from "../message-text";

/** The message an import text is, from its code or its English; null for a sentence no template makes. */
export function importMessageFor(text: string, code?: Message | null): Message | null {
  return code ?? importMessageOf(text) ?? importFileMessageOf(text);
}

export function importText(t: TFunction, text: string, code?: Message | null): string {
  const m = importMessageFor(text, code);
  return m ? messageText(t, m) : text;
}

/**
 * The data inside an import message, for `DataText`: its text parameters (values, columns, ids,
 * file names) and, in an export's notes, the platform's and the contract's words it quotes.
 */
export function importDataOf(m: Message | null): string[] {
  if (!m) return [];
  return m.code.startsWith("importExport.") ? [...messageData(m), ...EXPORT_TERMS] : messageData(m);
}
