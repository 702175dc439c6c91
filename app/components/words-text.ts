// A channel or a creator tier as a page names it: our words in the page's language, any other value
// (an older row, a platform's own word, a tier the merchant named) as it is.
import type { TFunction } from "i18next";
import { cellWordsKey, type CellWords } from "~/domain/report/cell-words";

function wordsText(t: TFunction, words: CellWords, value: string): string {
  const key = cellWordsKey(words, value, {});
  return key ? t(key) : value;
}

export const channelText = (t: TFunction, channel: string): string => wordsText(t, "channel", channel);

/** A creator tier as a page names it: the default tiers (head … tail) in the page's words, a tier the merchant named as it is. */
export const tierText = (t: TFunction, tier: string): string => wordsText(t, "tier", tier);
