// Cells that are words of ours rather than the merchant's: a pillar's name, a default creator
// tier, a channel of the contract. Pages and downloads in the reader's language say them in its
// words; JSON, the command line and key-header CSV keep the canonical English. Any other value (a
// tier the merchant named, a platform's own channel word) is shown as it is.
import { isChannel } from "../import/kinds";
import { PILLARS } from "../pillars";
import { DEFAULT_TIER_BANDS } from "../settings";
import { NONE_KEY, type Cell, type Row } from "./table";

/** what a column's cells name: `pillar` takes the row's pillar (F…S, or ALL), the others the cell */
export type CellWords = "pillar" | "tier" | "channel";

const DEFAULT_TIERS: readonly string[] = DEFAULT_TIER_BANDS.map((b) => b.name);

const has = (list: readonly string[], v: unknown): v is string => typeof v === "string" && list.includes(v);

/** The message key for the cell's words; null to show the cell as it is. */
export function cellWordsKey(words: CellWords, value: Cell | undefined, row: Row): string | null {
  switch (words) {
    case "pillar": {
      const p = row.pillar;
      return p === "ALL" ? "pillar.all" : has(PILLARS, p) ? `pillar.name.${p}` : null;
    }
    case "tier":
      return has(DEFAULT_TIERS, value) ? `tier.${value}` : null;
    case "channel":
      return isChannel(value) ? `channel.${value}` : value === NONE_KEY ? "channel.none" : null;
  }
}
