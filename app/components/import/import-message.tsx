// An import message on a page: translated, with the data inside it (values, columns, ids, the
// platform's column names) marked as data.
import { useTranslation } from "react-i18next";
import type { Message } from "~/domain/message";
import { DataText } from "../data-text";
import { importDataOf, importMessageFor, importText } from "./import-text";

export function ImportMessage({ text, code }: { text: string; code?: Message | null }) {
  const { t } = useTranslation();
  const m = importMessageFor(text, code);
  return <DataText text={importText(t, text, m)} data={importDataOf(m)} />;
}
