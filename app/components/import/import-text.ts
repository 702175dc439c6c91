// What the import said about a row, in the page's language: the message's own code when the
// report carries one, else the code its English comes from (reports stored before codes), else
// the English as it is (a file-level problem no template makes yet).
import type { TFunction } from "i18next";
import { importMessageOf } from "~/domain/import/messages";
import type { Message } from "~/domain/message";
import { messageText } from "../message-text";

export function importText(t: TFunction, text: string, code?: Message | null): string {
  const m = code ?? importMessageOf(text);
  return m ? messageText(t, m) : text;
}
