// Pillar settings: the Top-KOL threshold, the order of the attribution rules, creator tier bands
// and the target mix. "Preview" shows before/after GMV per pillar without saving; "Apply" saves
// and re-attributes every order in one transaction.
import { CsrfField } from "~/components/csrf-field";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { MAX_TIER_BANDS, parsePillarSettingsForm, pillarSettingsInput, pillarSettingsOf, type FieldErrors, type PillarSettings } from "~/domain/fact/pillar-settings";
import { LIVE_WITHOUT_ACCOUNT_LABELS, RULE_LABELS, unreachableRules } from "~/domain/fact/rules";
import { formatChange, formatCount, formatMoney } from "~/domain/money";
import { LIVE_WITHOUT_ACCOUNT_RULES, PILLAR_NAMES, PILLARS, RULE_IDS, type RuleId } from "~/domain/pillars";
import { applySettings, previewSettings, type PreviewResult } from "~/services/fact/settings.server";
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
  | { intent: "preview"; raw: RawForm; previewKey: string; preview: PreviewResult; unreachable: RuleId[]; notice?: string }
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
      const { preview } = applySettings(db, merchant, parsed.value);
      audit("settings_applied", { settings: parsed.value, moved: preview.pillars.map((p) => ({ pillar: p.pillar, before: p.beforeGmv, after: p.afterGmv })) });
      return data<ActionResult>({ intent: "applied", preview });
    }
    const preview = previewSettings(db, merchant, parsed.value);
    return data<ActionResult>({
      intent: "preview",
      raw,
      previewKey: key,
      preview,
      unreachable: unreachableRules(parsed.value.ruleOrder),
      notice: "The settings changed after the last preview, so nothing was saved. Here is the preview of what you entered; apply it if it looks right.",
    });
  }
  return data<ActionResult>({ intent: "preview", raw, previewKey: key, preview: previewSettings(db, merchant, parsed.value), unreachable: unreachableRules(parsed.value.ruleOrder) });
}

function Errors({ list }: { list?: string[] }) {
  return list?.length ? (
    <div className="field-error" role="alert">
      {list.join(" ")}
    </div>
  ) : null;
}

function PreviewTable({ preview, currency }: { preview: PreviewResult; currency: string }) {
  const money = (v: number) => formatMoney(v, currency);
  const total = preview.pillars.reduce((s, p) => s + p.beforeGmv, 0);
  return (
    <>
      <table className="data" aria-label="Before and after">
        <thead>
          <tr>
            <th>Pillar</th>
            <th className="num">GMV before</th>
            <th className="num">GMV after</th>
            <th className="num">Change</th>
            <th className="num">Orders before</th>
            <th className="num">Orders after</th>
          </tr>
        </thead>
        <tbody>
          {preview.pillars.map((p) => (
            <tr key={p.pillar} data-preview={p.pillar}>
              <td>
                <span className={`pill ${p.pillar}`}>{p.pillar}</span> {PILLAR_NAMES[p.pillar]}
              </td>
              <td className="num">{money(p.beforeGmv)}</td>
              <td className="num" data-after={p.pillar}>
                {money(p.afterGmv)}
              </td>
              <td className={`num ${p.afterGmv > p.beforeGmv ? "good" : p.afterGmv < p.beforeGmv ? "bad" : "muted"}`}>
                {p.afterGmv === p.beforeGmv ? "—" : formatChange(p.beforeGmv === 0 ? null : (p.afterGmv - p.beforeGmv) / p.beforeGmv)}
                {p.afterGmv !== p.beforeGmv ? ` (${p.afterGmv > p.beforeGmv ? "+" : "−"}${money(Math.abs(p.afterGmv - p.beforeGmv))})` : ""}
              </td>
              <td className="num">{formatCount(p.beforeOrders)}</td>
              <td className="num">{formatCount(p.afterOrders)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="total">
            <td>All</td>
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
              {money(m.gmv)} ({formatCount(m.orders)} order{m.orders === 1 ? "" : "s"}) moves from <span className={`pill ${m.from}`}>{m.from}</span> to <span className={`pill ${m.to}`}>{m.to}</span>
              {m.accounts.length ? <span className="muted"> · {m.accounts.slice(0, 8).join(", ")}{m.accounts.length > 8 ? ` and ${m.accounts.length - 8} more` : ""}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{preview.changesPillars ? "No order changes pillar with these settings." : "Tier bands and the target mix change no order's pillar."}</p>
      )}
    </>
  );
}

export default function SettingsPage() {
  const { merchant, current } = useLoaderData<typeof loader>();
  const result = useActionData<ActionResult>();
  const nav = useNavigation();
  const busy = nav.state !== "idle";
  const raw = result && result.intent !== "applied" ? result.raw : current;
  const errors = result?.intent === "invalid" ? result.errors : {};
  const tierRows = Math.min(MAX_TIER_BANDS, raw.tierName.length + 2);
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>Pillar settings</h1>
          <div className="sub">How orders are put in pillars, how creators are tiered, and the mix {merchant.name} aims for.</div>
        </div>
      </div>

      {result?.intent === "applied" ? (
        <div className="notice info" role="status" data-applied>
          Saved. {result.preview.movedGmv > 0 ? `${formatMoney(result.preview.movedGmv, merchant.currency)} of GMV (${formatCount(result.preview.movedOrders)} order${result.preview.movedOrders === 1 ? "" : "s"}) changed pillar; every figure is up to date.` : "No order changed pillar."}{" "}
          <Link to={`/m/${merchant.slug}/fact`}>See the pillar mix →</Link>
        </div>
      ) : null}

      <Form method="post" id="pillar-settings" key={JSON.stringify(raw)} className="stack settings-form">
        <CsrfField />
        <div className="grid cols-2">
          <div className="card">
            <div className="card-head">
              <h2>Top-KOL threshold</h2>
            </div>
            <label className="field">
              Creators with at least this many followers are Top-KOL (T); the others are Alliance (A).
              <input name="topKolThreshold" defaultValue={raw.topKolThreshold} inputMode="numeric" aria-label="Top-KOL threshold" />
            </label>
            <Errors list={errors.topKolThreshold} />
            <label className="field">
              A live order that names no account (no 达人ID) goes to
              <select name="liveWithoutAccount" defaultValue={raw.liveWithoutAccount} aria-label="Live orders without an account">
                {LIVE_WITHOUT_ACCOUNT_RULES.map((r) => (
                  <option key={r} value={r}>
                    {LIVE_WITHOUT_ACCOUNT_LABELS[r]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="card">
            <div className="card-head">
              <h2>Order of the attribution rules</h2>
            </div>
            <p className="muted small" style={{ marginTop: 0 }}>
              Each order and views row goes to the first rule that matches.
            </p>
            <ol className="rule-order">
              {RULE_IDS.map((_, i) => (
                <li key={i}>
                  <select name="ruleOrder" defaultValue={raw.ruleOrder[i] ?? RULE_IDS[i]} aria-label={`Rule ${i + 1}`}>
                    {RULE_IDS.map((r) => (
                      <option key={r} value={r}>
                        {RULE_LABELS[r]}
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
              <h2>Creator tiers</h2>
              <span className="hint">by followers; empty rows are ignored</span>
            </div>
            <table className="data">
              <thead>
                <tr>
                  <th>Tier</th>
                  <th>From followers (inclusive)</th>
                </tr>
              </thead>
              <tbody>
                {Array.from({ length: tierRows }, (_, i) => (
                  <tr key={i}>
                    <td>
                      <input name="tierName" defaultValue={raw.tierName[i] ?? ""} aria-label={`Tier ${i + 1} name`} size={12} />
                    </td>
                    <td>
                      <input name="tierMin" defaultValue={raw.tierMin[i] ?? ""} aria-label={`Tier ${i + 1} lowest followers`} inputMode="numeric" size={14} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Errors list={errors.tierBands} />
          </div>
          <div className="card">
            <div className="card-head">
              <h2>Target mix</h2>
              <span className="hint">share of GMV, adds up to 100%</span>
            </div>
            <div className="target-grid">
              {PILLARS.map((p) => (
                <label key={p} className="field">
                  <span>
                    <span className={`pill ${p}`}>{p}</span> {PILLAR_NAMES[p]}
                  </span>
                  <span className="row" style={{ gap: 4 }}>
                    <input name={`target${p}`} defaultValue={raw.target[p]} inputMode="decimal" size={6} aria-label={`Target share of ${PILLAR_NAMES[p]}`} />%
                  </span>
                </label>
              ))}
            </div>
            <Errors list={errors.targetMix} />
          </div>
        </div>

        <div className="row">
          <button className="btn btn-primary" type="submit" name="intent" value="preview" disabled={busy}>
            {busy && nav.formData?.get("intent") === "preview" ? "Working out the preview…" : "Preview the change"}
          </button>
          <span className="muted small">Nothing is saved until you apply the preview.</span>
        </div>
        {result?.intent === "preview" ? <input type="hidden" name="previewed" value={result.previewKey} /> : null}
      </Form>

      {result?.intent === "preview" ? (
        <div className="card" data-preview-card>
          <div className="card-head">
            <h2>Before and after, GMV per pillar</h2>
            <span className="hint">
              all imported data{result.preview.span ? `, ${result.preview.span.from} → ${result.preview.span.to}` : ""}
            </span>
          </div>
          {result.notice ? <p className="notice">{result.notice}</p> : null}
          {result.unreachable.includes("top_kol") ? (
            <p className="notice">With Alliance before Top-KOL, no order can reach T: every creator order matches Alliance first.</p>
          ) : null}
          <PreviewTable preview={result.preview} currency={merchant.currency} />
          <div className="row" style={{ marginTop: 12 }}>
            <button className="btn btn-primary" type="submit" form="pillar-settings" name="intent" value="apply" disabled={busy}>
              {busy && nav.formData?.get("intent") === "apply" ? "Applying…" : "Apply these settings"}
            </button>
            <span className="muted small">Re-attributes every order and views row and rebuilds the daily figures in one step.</span>
          </div>
        </div>
      ) : null}
    </div>
  );
}
