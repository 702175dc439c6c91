// A channel or a creator tier as a page names it: our words in the page's language, any other value
// (an older row, a platform's own word, a tier the merchant named) as it is.
import type { TFunction } from "i18next";
import { cellWordsKey } from "~/domain/report/cell-words";

export function channelText(t: TFunction, channel: string): string {
  const key = cellWordsKey("channel", channel, {});
  return key ? t(key) : channel;
}

/** A creator tier as a page names it: the default tiers (head … tail) in the page's words, a tier the merchant named as it is. */
export function tierText(t: TFunction, tier: string): string {
  const key = cellWordsKey("tier", tier, {});
  return key ? t(key) : tier;
}
