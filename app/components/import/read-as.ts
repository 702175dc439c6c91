// How a file was read, for the preview and the report: `csv · UTF-8 · comma-separated`.
import type { TFunction } from "i18next";

const SEPARATORS: Record<string, "comma" | "semicolon" | "tab"> = { ",": "comma", comma: "comma", ";": "semicolon", semicolon: "semicolon", "\t": "tab", tab: "tab" };

export function readAs(t: TFunction, r: { format: string | null; encoding: string | null; separator: string | null }): string {
  const sep = r.separator ? SEPARATORS[r.separator] : undefined;
  return [
    r.format,
    r.encoding?.toUpperCase(),
    r.separator ? t("importPage.separated", { separator: sep ? t(`importPage.separator.${sep}`) : r.separator }) : null,
  ]
    .filter(Boolean)
    .join(" · ");
}
