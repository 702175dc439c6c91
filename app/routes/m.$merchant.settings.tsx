// Pillar settings: the Top-KOL threshold, the order of the attribution rules, creator tier bands
// and the target mix. "Preview" shows before/after GMV per pillar without saving; "Apply" saves
// and re-attributes every order in one transaction.
import { tierText } from "~/components/words-text";
import type { MetaFunction } from "@remix-run/node";
import { pageTitle } from "~/i18n/t";
import { useTranslation } from "react-i18next";
import { useFormat } from "~/components/use-format";
import { Value } from "~/components/data-text";
import { messageText } from "~/components/message-text";
import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import { CsrfField } from "~/components/csrf-field";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/link";
import { MAX_TIER_BANDS, parsePillarSettingsForm, pillarSettingsInput, pillarSettingsOf, settingsMessageOf, type FieldErrors, type PillarSettings } from "~/domain/fact/pillar-settings";
import { unreachableRules } from "~/domain/fact/rules";
import { LIVE_WITHOUT_ACCOUNT_RULES, PILLARS, RULE_IDS, type Pillar, type RuleId } from "~/domain/pillars";
import { previewSettings, type PreviewResult } from "~/services/fact/settings.server";
import { applySettingsInJob } from "~/services/fact/settings-job.server";
import { warmForecastsInBackground } from "~/services/forecast-warm.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

type RawForm = ReturnType<typeof pillarSettingsInput>;

function rawOf(p: PillarSettings): RawForm {
  return {
    topKolThreshold: p.topKolThreshold.toLocaleString("en-US"),
    ruleOrder: [...p.ruleOrder],
    tierName: p.tierBands.map((b) => b.name),
    tierMin: p.tierBands.map((b) => b.minFollowers.toLocaleString("en-US")),
    target: Object.fromEntries(PILLARS.map((x) => [x, String(Math.round((p.targetMix[x] ?? 0) * 10_000) / 100)])) as RawForm["target"],
    liveWithoutAccount: p.liveWithoutAccount,
  };
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { merchant } = await requireMerchant(request, params.merchant);
  return {
    merchant: shownMerchant(merchant),
    current: rawOf(pillarSettingsOf(merchant.settings)),
  };
}

type ActionResult =
  | { intent: "invalid"; raw: RawForm; errors: FieldErrors }
  | { intent: "preview"; raw: RawForm; previewKey: string; preview: PreviewResult; unreachable: RuleId[]; /** the settings changed after the last preview: nothing was saved */ stale?: true }
  | { intent: "applied"; preview: PreviewResult };

export async function action({ params, request }: ActionFunctionArgs) {
  const { db, merchant, audit } = await requireMerchant(request, params.merchant, "settings");
  const form = await request.formData();
  const raw = pillarSettingsInput(form);
  const parsed = parsePillarSettingsForm(form);
  if (!parsed.ok) return data<ActionResult>({ intent: "invalid", raw, errors: parsed.errors }, { status: 400 });
  const key = JSON.stringify(parsed.value);
  if (form.get("intent") === "apply") {
    if (form.get("previewed") === key) {
      // in a job process that waits its turn behind any import or undo (docs/import.md, "One
      // writer at a time"); a change that moves every row gives the writer to other merchants'
      // imports between its chunks
      const preview = await applySettingsInJob(db, merchant, parsed.value);
      audit("settings_applied", { settings: parsed.value, moved: preview.pillars.map((p) => ({ pillar: p.pillar, before: p.beforeGmv, after: p.afterGmv })) });
      // pillars moved: the forecasts, buyer visits and overview are computed ahead again
      warmForecastsInBackground(db.$client.name, merchant.slug);
      return data<ActionResult>({ intent: "applied", preview });
    }
    const preview = previewSettings(db, merchant, parsed.value);
    return data<ActionResult>({
      intent: "preview",
      raw,
      previewKey: key,
      preview,
      unreachable: unreachableRules(parsed.value.ruleOrder),
      stale: true,
    });
  }
  return data<ActionResult>({ intent: "preview", raw, previewKey: key, preview: previewSettings(db, merchant, parsed.value), unreachable: unreachableRules(parsed.value.ruleOrder) });
}

/** A refusal of the form in the page's language (the schema writes English); zod's own words as they are. */
function errorText(t: TFunction, text: string): string {
  const m = settingsMessageOf(text);
  return m ? messageText(t, m) : text;
}

function Errors({ list }: { list?: string[] }) {
  const { t } = useTranslation();
  return list?.length ? (
    <div className="field-error" role="alert">
      {list.map((x) => errorText(t, x)).join(" ")}
    </div>
  ) : null;
}

const Pill = ({ p }: { p: Pillar }) => <span className={`pill ${p}`}>{p}</span>;

/** "¥300.00 (1 order) moves from [T] to [A]" in the page's language, the pillars as badges. */
function MoveText({ t, gmv, orders, count, from, to }: { t: TFunction; gmv: string; orders: string; count: number; from: Pillar; to: Pillar }) {
  // the badges go where the translation puts {{from}} and {{to}}
  const text = t("settings.move", { gmv, orders, count, from: "\u0001", to: "\u0002" });
  const out: ReactNode[] = text.split(/([\u0001\u0002])/).map((part, i) => (part === "\u0001" ? <Pill key={i} p={from} /> : part === "\u0002" ? <Pill key={i} p={to} /> : part));
  return <>{out}</>;
}

function PreviewTable({ preview, currency }: { preview: PreviewResult; currency: string }) {
  const { t } = useTranslation();
  const fm = useFormat();
  const money = (v: number) => fm.money(v, currency);
  const total = preview.pillars.reduce((s, p) => s + p.beforeGmv, 0);
  return (
    <>
      <table className="data" aria-label={t("settings.beforeAfterLabel")}>
        <thead>
          <tr>
            <th>{t("settings.pillar")}</th>
            <th className="num">{t("settings.gmvBefore")}</th>
            <th className="num">{t("settings.gmvAfter")}</th>
            <th className="num">{t("settings.change")}</th>
            <th className="num">{t("settings.ordersBefore")}</th>
            <th className="num">{t("settings.ordersAfter")}</th>
          </tr>
        </thead>
        <tbody>
          {preview.pillars.map((p) => (
            <tr key={p.pillar} data-preview={p.pillar}>
              <td>
                <Pill p={p.pillar} /> {t(`pillar.name.${p.pillar}`)}
              </td>
              <td className="num">{money(p.beforeGmv)}</td>
              <td className="num" data-after={p.pillar}>
                {money(p.afterGmv)}
              </td>
              <td className={`num ${p.afterGmv > p.beforeGmv ? "good" : p.afterGmv < p.beforeGmv ? "bad" : "muted"}`}>
                {p.afterGmv === p.beforeGmv ? "—" : fm.change(p.beforeGmv === 0 ? null : (p.afterGmv - p.beforeGmv) / p.beforeGmv)}
                {p.afterGmv !== p.beforeGmv ? ` (${p.afterGmv > p.beforeGmv ? "+" : "−"}${money(Math.abs(p.afterGmv - p.beforeGmv))})` : ""}
              </td>
              <td className="num">{fm.count(p.beforeOrders)}</td>
              <td className="num">{fm.count(p.afterOrders)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="total">
            <td>{t("settings.all")}</td>
            <td className="num">{money(total)}</td>
            <td className="num">{money(total)}</td>
            <td />
            <td />
            <td />
          </tr>
        </tfoot>
      </table>
      {preview.moves.length ? (
        <ul className="moves">
          {preview.moves.map((m) => (
            <li key={`${m.from}${m.to}`}>
              <MoveText t={t} gmv={money(m.gmv)} orders={fm.count(m.orders)} count={m.orders} from={m.from} to={m.to} />
              {m.accounts.length ? (
                <span className="muted">
                  {" "}
                  · <Value>{m.accounts.slice(0, 8).join(", ")}</Value>
                  {m.accounts.length > 8 ? t("settings.moreAccounts", { n: fm.count(m.accounts.length - 8) }) : ""}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{preview.changesPillars ? t("settings.noMove") : t("settings.noMoveTiers")}</p>
      )}
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("settings.title"));

export { RouteErrorBoundary as ErrorBoundary } from "~/components/error-boundary";

export default function SettingsPage() {
  const { merchant, current } = useLoaderData<typeof loader>();
  const result = useActionData<ActionResult>();
  const nav = useNavigation();
  const busy = nav.state !== "idle";
  const { t } = useTranslation();
  const fm = useFormat();
  const raw = result && result.intent !== "applied" ? result.raw : current;
  const errors = result?.intent === "invalid" ? result.errors : {};
  const tierRows = Math.min(MAX_TIER_BANDS, raw.tierName.length + 2);
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>{t("settings.title")}</h1>
          <div className="sub">{t("settings.sub", { name: merchant.name })}</div>
        </div>
      </div>

      {result?.intent === "applied" ? (
        <div className="notice info" role="status" data-applied>
          {result.preview.movedGmv > 0
            ? t("settings.savedMoved", { gmv: fm.money(result.preview.movedGmv, merchant.currency), orders: fm.count(result.preview.movedOrders), count: result.preview.movedOrders })
            : t("settings.savedNone")}{" "}
          <Link to={`/m/${merchant.slug}/fact`}>{t("settings.seeMix")}</Link>
        </div>
      ) : null}

      <Form method="post" id="pillar-settings" key={JSON.stringify(raw)} className="stack settings-form">
        <CsrfField />
        <div className="grid cols-2">
          <div className="card">
            <div className="card-head">
              <h2>{t("settings.threshold")}</h2>
            </div>
            <label className="field">
              {t("settings.thresholdText")}
              <input name="topKolThreshold" defaultValue={raw.topKolThreshold} inputMode="numeric" aria-label={t("settings.threshold")} />
            </label>
            <Errors list={errors.topKolThreshold} />
            <label className="field">
              {t("settings.liveWithout")}
              <select name="liveWithoutAccount" defaultValue={raw.liveWithoutAccount} aria-label={t("settings.liveWithoutLabel")}>
                {LIVE_WITHOUT_ACCOUNT_RULES.map((r) => (
                  <option key={r} value={r}>
                    {t(`liveWithoutAccount.${r}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="card">
            <div className="card-head">
              <h2>{t("settings.ruleOrder")}</h2>
            </div>
            <p className="muted small" style={{ marginTop: 0 }}>
              {t("settings.ruleOrderText")}
            </p>
            <ol className="rule-order">
              {RULE_IDS.map((_, i) => (
                <li key={i}>
                  <select name="ruleOrder" defaultValue={raw.ruleOrder[i] ?? RULE_IDS[i]} aria-label={t("settings.rule", { n: i + 1 })}>
                    {RULE_IDS.map((r) => (
                      <option key={r} value={r}>
                        {t(`orders.rules_.${r}`)}
                      </option>
                    ))}
                  </select>
                </li>
              ))}
            </ol>
            <Errors list={errors.ruleOrder} />
          </div>
        </div>

        <div className="grid cols-2">
          <div className="card">
            <div className="card-head">
              <h2>{t("settings.tiers")}</h2>
              <span className="hint">{t("settings.tiersHint")}</span>
            </div>
            <table className="data">
              <thead>
                <tr>
                  <th>{t("col.tier")}</th>
                  <th>{t("settings.tierFrom")}</th>
                </tr>
              </thead>
              <tbody>
                {Array.from({ length: tierRows }, (_, i) => (
                  <tr key={i}>
                    <td>
                      <input name="tierName" defaultValue={raw.tierName[i] ?? ""} aria-label={t("settings.tierName", { n: i + 1 })} size={12} />
                      {raw.tierName[i] && tierText(t, raw.tierName[i]) !== raw.tierName[i] ? (
                        <div className="muted">{t("settings.tierShownAs", { name: tierText(t, raw.tierName[i]) })}</div>
                      ) : null}
                    </td>
                    <td>
                      <input name="tierMin" defaultValue={raw.tierMin[i] ?? ""} aria-label={t("settings.tierMin", { n: i + 1 })} inputMode="numeric" size={14} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Errors list={errors.tierBands} />
          </div>
          <div className="card">
            <div className="card-head">
              <h2>{t("settings.target")}</h2>
              <span className="hint">{t("settings.targetHint")}</span>
            </div>
            <div className="target-grid">
              {PILLARS.map((p) => (
                <label key={p} className="field">
                  <span>
                    <span className={`pill ${p}`}>{p}</span> {t(`pillar.name.${p}`)}
                  </span>
                  <span className="row" style={{ gap: 4 }}>
                    <input name={`target${p}`} defaultValue={raw.target[p]} inputMode="decimal" size={6} aria-label={t("settings.targetOf", { name: t(`pillar.name.${p}`) })} />%
                  </span>
                </label>
              ))}
            </div>
            <Errors list={errors.targetMix} />
          </div>
        </div>

        <div className="row">
          <button className="btn btn-primary" type="submit" name="intent" value="preview" disabled={busy}>
            {busy && nav.formData?.get("intent") === "preview" ? t("settings.previewing") : t("settings.preview")}
          </button>
          <span className="muted small">{t("settings.nothingSaved")}</span>
        </div>
        {result?.intent === "preview" ? <input type="hidden" name="previewed" value={result.previewKey} /> : null}
      </Form>

      {result?.intent === "preview" ? (
        <div className="card" data-preview-card>
          <div className="card-head">
            <h2>{t("settings.beforeAfter")}</h2>
            <span className="hint">
              {t("settings.allData")}
              {result.preview.span ? `, ${result.preview.span.from} → ${result.preview.span.to}` : ""}
            </span>
          </div>
          {result.stale ? <p className="notice">{t("settings.changedSincePreview")}</p> : null}
          {result.unreachable.includes("top_kol") ? (
            <p className="notice">{t("settings.unreachableT")}</p>
          ) : null}
          <PreviewTable preview={result.preview} currency={merchant.currency} />
          <div className="row" style={{ marginTop: 12 }}>
            <button className="btn btn-primary" type="submit" form="pillar-settings" name="intent" value="apply" disabled={busy}>
              {busy && nav.formData?.get("intent") === "apply" ? t("settings.applying") : t("settings.apply")}
            </button>
            <span className="muted small">{t("settings.applyText")}</span>
          </div>
        </div>
      ) : null}
    </div>
  );
}
