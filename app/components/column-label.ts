// A report column's name and definition in the page's language, by its canonical key.
import type { TFunction } from "i18next";
import type { Message } from "~/domain/message";
import { messageText } from "./message-text";
import type { Column, ReportTable } from "~/domain/report/table";

type ColKey = "col.gmv";
type DefKey = "colDef.gmv";

/** The column's translated name; every key the reports use has one (tests/unit/i18n). */
export function columnLabel(t: TFunction, c: Pick<Column, "key" | "label">): string {
  return t(`col.${c.key}` as ColKey);
}

/**
 * The column's definition in the page's language: its own message (phase report columns, which
 * name the merchant's phase definitions), else the shared `colDef`, else its English definition.
 */
export function columnDefinition(
  t: TFunction,
  c: Pick<Column, "key" | "definition" | "definitionMessage">,
  exists: (k: string) => boolean,
): string | undefined {
  if (c.definitionMessage) return messageText(t, c.definitionMessage as Message);
  return exists(`colDef.${c.key}`) ? t(`colDef.${c.key}` as DefKey) : c.definition;
}

/** A report's notes in the page's language (its English notes where it wrote no messages). */
export function reportNotes(t: TFunction, table: Pick<ReportTable, "notes" | "noteMessages">): string[] {
  return table.noteMessages ? table.noteMessages.map((m) => messageText(t, m as Message)) : table.notes;
}
