// Pillar settings: preview a change as before/after GMV per pillar without saving, then apply it
// and re-attribute every row in one transaction so the rollups stay exact.
import type { Db } from "../../../db/client";
import { pillarSettingsOf, withPillarSettings, type PillarSettings } from "../../domain/fact/pillar-settings";
import { previewPillars, type SettingsPreview } from "../../domain/fact/preview";
import { knownAccounts } from "../../queries/attribution/accounts.server";
import { accountGroups } from "../../queries/fact/account-groups.server";
import { updateMerchantSettings } from "../../queries/merchants.server";
import { dataSpan } from "../../queries/reports/measures-by-period.server";
import { refreshDerived, refreshForSettings } from "../derive.server";
import { findMerchant, type MerchantContext } from "../merchants.server";

export interface PreviewResult extends SettingsPreview {
  span: { from: string; to: string } | null;
  /** settings that change no pillar (tiers, target mix) */
  changesPillars: boolean;
}

function changesPillars(before: PillarSettings, after: PillarSettings): boolean {
  return (
    before.topKolThreshold !== after.topKolThreshold ||
    before.ruleOrder.join() !== after.ruleOrder.join() ||
    before.liveWithoutAccount !== after.liveWithoutAccount
  );
}

/** Before/after GMV and orders per pillar over all of the merchant's data; nothing is written. */
export function previewSettings(db: Db, merchant: MerchantContext, next: PillarSettings): PreviewResult {
  const before = pillarSettingsOf(merchant.settings);
  const preview = previewPillars(accountGroups(db, merchant.id), knownAccounts(db, merchant.id), before, next);
  return { ...preview, span: dataSpan(db, merchant.id), changesPillars: changesPillars(before, next) };
}

/**
 * Saves the settings and re-attributes the rows they move (refreshForSettings): the accounts
 * whose pillar decision changes, in one transaction with the settings (a failure leaves the old
 * settings and figures in place); or, when every row may move, everything in chunks after the
 * settings are saved (docs/decisions/009).
 */
export async function applySettings(
  db: Db,
  merchant: MerchantContext,
  next: PillarSettings,
  o: { give?: () => Promise<boolean> } = {},
): Promise<{ merchant: MerchantContext; preview: PreviewResult }> {
  const preview = previewSettings(db, merchant, next);
  const settings = withPillarSettings(merchant.settings, next);
  const save = () => updateMerchantSettings(db, merchant.id, JSON.stringify(settings));
  if (preview.changesPillars) await refreshForSettings(db, merchant, { ...merchant, settings }, save, o.give);
  else
    db.$client.transaction(() => {
      save();
      refreshDerived(db, { ...merchant, settings }, { kind: "none" });
    })();
  return { merchant: findMerchant(db, merchant.slug)!, preview };
}
