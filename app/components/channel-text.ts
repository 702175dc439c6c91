// A channel as a page names it: the contract's channels in the page's language, any other value
// (an older row, a platform's own word) as the file gave it.
import type { TFunction } from "i18next";
import { CHANNELS } from "~/domain/import/kinds";

type Channel = (typeof CHANNELS)[number];

function isChannel(value: string): value is Channel {
  return (CHANNELS as readonly string[]).includes(value);
}

export function channelText(t: TFunction, channel: string): string {
  return isChannel(channel) ? t(`channel.${channel}`) : channel;
}
