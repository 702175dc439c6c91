// How a file was read, for the preview and the report: `csv · UTF-8 · comma-separated`.
import type { TFunction } from "i18next";

const SEPARATORS: Record<string, "comma" | "semicolon" | "tab"> = { ",": "comma", comma: "comma", ";": "semicolon", semicolon: "semicolon", "\t": "tab", tab: "tab" };

/** A separator in the reader's words (カンマ, 逗号), or as given when it is none of ours. */
export function separatorText(t: TFunction, separator: string): string {
  const sep = SEPARATORS[separator];
  return sep ? t(`importPage.separator.${sep}`) : separator;
}

export function readAs(t: TFunction, r: { format: string | null; encoding: string | null; separator: string | null }): string {
  return [
    r.format,
    r.encoding?.toUpperCase(),
    r.separator ? t("importPage.separated", { separator: separatorText(t, r.separator) }) : null,
  ]
    .filter(Boolean)
    .join(" · ");
}
