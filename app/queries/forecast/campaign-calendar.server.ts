// The merchant's campaigns, past and entered for the future: the calendar forecasts read.
import { asc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { campaigns } from "../../../db/schema";

export interface CalendarCampaign {
  campaignId: string;
  name: string;
  kind: string;
  startsOn: string;
  endsOn: string;
}

export function campaignCalendar(db: Db, merchantId: number): CalendarCampaign[] {
  return db
    .select({
      campaignId: campaigns.campaignId,
      name: campaigns.name,
      kind: campaigns.kind,
      startsOn: campaigns.startsOn,
      endsOn: campaigns.endsOn,
    })
    .from(campaigns)
    .where(eq(campaigns.merchantId, merchantId))
    .orderBy(asc(campaigns.startsOn))
    .all();
}
