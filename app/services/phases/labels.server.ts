// What a page calls a split value: a pillar's name, an account's or campaign's name, a content's
// type and account. Exports keep the raw ids; only pages read these.
import type { Db } from "../../../db/client";
import { PILLAR_NAMES, type Pillar } from "../../domain/pillars";
import type { SplitBy } from "../../domain/phases/report-query";
import { contentAccounts } from "../../queries/attribution/accounts.server";
import { accountNames, campaignNames } from "../../queries/phases/split-labels.server";
import { NONE_KEY } from "../reports.server";

export type SplitLabeler = (key: string) => string;

export function splitLabeler(db: Db, merchantId: number, split: SplitBy): SplitLabeler {
  const none = (k: string) => (k === NONE_KEY ? noneLabel(split) : null);
  switch (split) {
    case "none":
      return () => "All";
    case "pillar":
      return (k) => (k === "ALL" ? "All pillars" : `${k} · ${PILLAR_NAMES[k as Pillar] ?? k}`);
    case "campaign": {
      const names = campaignNames(db, merchantId);
      return (k) => (k === "ALL" ? "All" : none(k) ?? names.get(k) ?? k);
    }
    case "account": {
      const names = accountNames(db, merchantId);
      return (k) => (k === "ALL" ? "All" : none(k) ?? names.get(k) ?? k);
    }
    case "content": {
      const names = accountNames(db, merchantId);
      const contents = contentAccounts(db, merchantId);
      return (k) => {
        if (k === "ALL") return "All";
        const n = none(k);
        if (n) return n;
        const c = contents.get(k);
        return c ? `${c.contentType} · ${names.get(c.accountId) ?? c.accountId}` : k;
      };
    }
  }
}

function noneLabel(split: SplitBy): string {
  if (split === "campaign") return "No campaign";
  if (split === "account") return "No account (shelf)";
  return "No content (shelf)";
}
