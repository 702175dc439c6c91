// A report column's name and definition in the page's language, by its canonical key.
import type { TFunction } from "i18next";
import type { Column } from "~/domain/report/table";

type ColKey = "col.gmv";
type DefKey = "colDef.gmv";

/** The column's translated name; every key the reports use has one (tests/unit/i18n). */
export function columnLabel(t: TFunction, c: Pick<Column, "key" | "label">): string {
  return t(`col.${c.key}` as ColKey);
}

/** The column's translated definition where one is written, else its English definition. */
export function columnDefinition(t: TFunction, c: Pick<Column, "key" | "definition">, exists: (k: string) => boolean): string | undefined {
  return exists(`colDef.${c.key}`) ? t(`colDef.${c.key}` as DefKey) : c.definition;
}
