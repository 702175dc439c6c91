// Before/after GMV per pillar for a settings change, computed in memory: a row's pillar depends
// only on whether it names a campaign and on its account, so sums per (campaign or not, account)
// re-attributed with pillarOf give the exact pillar totals the change would produce.
import { pillarOf, PILLARS, type AttributionRules, type KnownAccount, type Pillar } from "../pillars";

export interface AccountGroup {
  withCampaign: boolean;
  /** the attributed account; "" for none */
  accountId: string;
  /** orders sold live without an account: who sold them (pillars.ts, AttributionInput) */
  liveWithoutAccount?: "shop" | "alliance" | "";
  gmv: number;
  orders: number;
}

export interface PillarChange {
  pillar: Pillar;
  beforeGmv: number;
  afterGmv: number;
  beforeOrders: number;
  afterOrders: number;
}

export interface Move {
  from: Pillar;
  to: Pillar;
  gmv: number;
  orders: number;
  accounts: string[];
}

export interface SettingsPreview {
  pillars: PillarChange[];
  moves: Move[];
  movedGmv: number;
  movedOrders: number;
}

export function previewPillars(
  groups: readonly AccountGroup[],
  accounts: ReadonlyMap<string, KnownAccount>,
  before: AttributionRules,
  after: AttributionRules,
): SettingsPreview {
  const rows = new Map<Pillar, PillarChange>(
    PILLARS.map((p) => [p, { pillar: p, beforeGmv: 0, afterGmv: 0, beforeOrders: 0, afterOrders: 0 }]),
  );
  const moves = new Map<string, Move>();
  for (const g of groups) {
    const input = { campaignId: g.withCampaign ? "campaign" : "", accountId: g.accountId, liveWithoutAccount: g.liveWithoutAccount };
    const account = accounts.get(g.accountId);
    const b = pillarOf(input, account, before).pillar;
    const a = pillarOf(input, account, after).pillar;
    const rb = rows.get(b)!;
    rb.beforeGmv += g.gmv;
    rb.beforeOrders += g.orders;
    const ra = rows.get(a)!;
    ra.afterGmv += g.gmv;
    ra.afterOrders += g.orders;
    if (a !== b && (g.gmv !== 0 || g.orders !== 0)) {
      const key = `${b}>${a}`;
      const m = moves.get(key) ?? { from: b, to: a, gmv: 0, orders: 0, accounts: [] };
      m.gmv += g.gmv;
      m.orders += g.orders;
      if (g.accountId && !m.accounts.includes(g.accountId)) m.accounts.push(g.accountId);
      moves.set(key, m);
    }
  }
  const list = [...moves.values()].sort((x, y) => y.gmv - x.gmv);
  for (const m of list) m.accounts.sort();
  return {
    pillars: [...rows.values()],
    moves: list,
    movedGmv: list.reduce((s, m) => s + m.gmv, 0),
    movedOrders: list.reduce((s, m) => s + m.orders, 0),
  };
}
