// What a page calls a split value: a pillar's name, an account's or campaign's name, a content's
// type and account. Exports keep the raw ids; only pages read these.
import type { Db } from "../../../db/client";
import { PILLAR_NAMES } from "../../domain/pillars";
import type { SplitBy } from "../../domain/phases/report-query";
import { contentAccounts } from "../../queries/attribution/accounts.server";
import { accountNames, campaignNames } from "../../queries/phases/split-labels.server";
import { NONE_KEY } from "../../domain/report/table";
import type { Message } from "../../domain/message";

/** A split value's label, as a message the page translates (app/domain/phases/split-label-messages.ts). */
export type SplitLabeler = (key: string) => Message;

const text = (key: string): Message => ({ code: key });
/** a name or id from the merchant's data, shown as it is in every language */
const plain = (name: string): Message => ({ code: "splitLabel.name", params: { name } });

export function splitLabeler(db: Db, merchantId: number, split: SplitBy): SplitLabeler {
  const none = (k: string) => (k === NONE_KEY ? text(`splitLabel.none.${split}`) : null);
  switch (split) {
    case "none":
      return () => text("splitLabel.all");
    case "pillar":
      return (k) =>
        k === "ALL"
          ? text("pillar.all")
          : k in PILLAR_NAMES
            ? { code: "splitLabel.pillar", params: { pillar: k, name: text(`pillar.name.${k}`) } }
            : plain(k);
    case "campaign": {
      const names = campaignNames(db, merchantId);
      return (k) => (k === "ALL" ? text("splitLabel.all") : none(k) ?? plain(names.get(k) ?? k));
    }
    case "account": {
      const names = accountNames(db, merchantId);
      return (k) => (k === "ALL" ? text("splitLabel.all") : none(k) ?? plain(names.get(k) ?? k));
    }
    case "content": {
      const names = accountNames(db, merchantId);
      const contents = contentAccounts(db, merchantId);
      return (k) => {
        if (k === "ALL") return text("splitLabel.all");
        const n = none(k);
        if (n) return n;
        const c = contents.get(k);
        return c
          ? { code: "splitLabel.content", params: { type: text(`splitLabel.contentType.${c.contentType}`), account: names.get(c.accountId) ?? c.accountId } }
          : plain(k);
      };
    }
  }
}
