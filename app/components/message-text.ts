// A message a service or domain wrote (code and parameters) in the page's language.
import type { TFunction } from "i18next";
import { translate, type Message } from "~/domain/message";

export function messageText(t: TFunction, m: Message): string {
  return translate((key, o) => t(key as "common.day", o as never) as unknown as string, m);
}
