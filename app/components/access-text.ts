// What signing in, an account, the members page or a new merchant refused, in the page's
// language: the services write English (the command line shares them), found again here as its
// message; a sentence no template makes (a library's own words) is shown as it is.
import type { TFunction } from "i18next";
import { accessMessageOf } from "~/domain/auth/messages";
import { messageText } from "./message-text";

export function accessText(t: TFunction, text: string): string {
  // a refusal may be several messages (each problem of a form), and a message several sentences:
  // from each sentence on, the longest run of sentences that is one message
  const sentences = text.split(/(?<=\.) /);
  const out: string[] = [];
  for (let i = 0; i < sentences.length; ) {
    let j = sentences.length;
    for (; j > i; j--) {
      const m = accessMessageOf(sentences.slice(i, j).join(" "));
      if (m) {
        out.push(messageText(t, m));
        break;
      }
    }
    if (j === i) {
      out.push(sentences[i]);
      j = i + 1;
    }
    i = j;
  }
  return out.join(" ");
}
