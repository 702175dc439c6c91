// A campaign against its previous edition: Double 11 2026 against Double 11 2025. Editions are
// matched as the forecast matches them (campaignEditionKey: the festival a campaign stands for,
// else its name without years), the previous one being the latest that starts in the year before.
// The two are compared over the same number of their own days, so a campaign still running is
// set against the same first days of last year's.
import { campaignEditionKey } from "../forecast/occurrences";
import { change } from "../ratio";
import { addDays, daysBetween, type Day } from "../time";

export interface EditionCampaign {
  campaignId: string;
  name: string;
  startsOn: Day;
  endsOn: Day;
}

/** The latest campaign of the same edition key that starts in the calendar year before `c`; null if none. */
export function previousEdition<T extends EditionCampaign>(c: T, all: readonly T[]): T | null {
  const key = campaignEditionKey(c);
  const year = Number(c.startsOn.slice(0, 4));
  let best: T | null = null;
  for (const p of all) {
    if (p.campaignId === c.campaignId || Number(p.startsOn.slice(0, 4)) !== year - 1 || p.startsOn >= c.startsOn) continue;
    if (campaignEditionKey(p) !== key) continue;
    if (!best || p.startsOn > best.startsOn) best = p;
  }
  return best;
}

/** The previous edition's days to compare: as many of its own days as the campaign has measured (all of them at most). */
export function comparableDays(previous: EditionCampaign, measuredDays: number): { from: Day; to: Day; days: number } {
  const length = daysBetween(previous.startsOn, previous.endsOn) + 1;
  const days = Math.max(0, Math.min(length, measuredDays));
  return { from: previous.startsOn, to: addDays(previous.startsOn, Math.max(0, days - 1)), days };
}

export interface EditionFigures {
  gmv: number;
  orders: number;
}

/** Change against the previous edition: (this − previous) ÷ previous; null when the previous had none. */
export function editionChange(current: EditionFigures, previous: EditionFigures): { gmv: number | null; orders: number | null } {
  return { gmv: change(current.gmv, previous.gmv), orders: change(current.orders, previous.orders) };
}
