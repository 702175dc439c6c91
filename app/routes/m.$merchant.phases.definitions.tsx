// Phase definitions: each phase as a sum of counters, the contract's defaults unless the merchant
// chooses its own. Every report, page and export states the definition it used.
import type { MetaFunction } from "@remix-run/node";
import { pageTitle } from "~/i18n/t";
import { useTranslation } from "react-i18next";
import { CsrfField } from "~/components/csrf-field";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { definitionWarningMessages } from "~/domain/phases/definitions";
import { definitionMessageOf } from "~/domain/phases/definition-messages";
import { messageText } from "~/components/message-text";
import type { TFunction } from "i18next";
import { isDefaultDefinition } from "~/domain/phases/columns";
import { PHASE_LABELS, PHASES } from "~/domain/phases";
import { COUNTERS, DEFAULT_PHASE_DEFINITIONS } from "~/domain/settings";
import { savePhaseDefinitions, savePhaseDefinitionsForm } from "~/services/phases/definitions.server";
import { withWriter } from "~/services/jobs/writer-queue.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { merchant } = await requireMerchant(request, params.merchant);
  const defs = merchant.settings.phaseDefinitions;
  return { merchant: shownMerchant(merchant), definitions: defs, warnings: definitionWarningMessages(defs) };
}

export async function action({ params, request }: ActionFunctionArgs) {
  const { db, merchant, audit } = await requireMerchant(request, params.merchant, "settings");
  const form = await request.formData();
  // waits its turn behind any import or undo (docs/import.md, "One writer at a time")
  const result = await withWriter(db, { kind: "settings", merchant: merchant.slug, label: "phase definitions" }, () => {
    const saved =
      form.get("intent") === "reset" ? savePhaseDefinitions(db, merchant, DEFAULT_PHASE_DEFINITIONS) : savePhaseDefinitionsForm(db, merchant, form);
    if (saved.ok) audit("phase_definitions_saved", { defaults: saved.usesDefaults });
    return saved;
  });
  if (!result.ok) return data({ fieldErrors: result.fieldErrors, formError: "formError" in result ? result.formError : undefined }, { status: 400 });
  return redirect(`/m/${merchant.slug}/phases/definitions?saved=${result.usesDefaults ? "defaults" : "own"}`);
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("phases.tabDefinitions"));

export { RouteErrorBoundary as ErrorBoundary } from "~/components/error-boundary";

/** A refusal of the form in the page's language (the form writes English); any other words as they are. */
function errorText(t: TFunction, text: string): string {
  const m = definitionMessageOf(text);
  return m ? messageText(t, m) : text;
}

export default function PhaseDefinitions() {
  const { merchant, definitions, warnings } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [search] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const { t } = useTranslation();
  const saved = search.get("saved");
  const errors: Partial<Record<string, string>> = result?.fieldErrors ?? {};
  return (
    <div className="stack">
      {saved && !result ? (
        <p className="notice info" role="status">
          {saved === "defaults" ? t("phases.defSavedDefaults") : t("phases.defSaved")}
        </p>
      ) : null}
      {result?.formError ? <p className="notice error">{errorText(t, result.formError)}</p> : null}
      {Object.keys(errors).length ? (
        <p className="notice error" role="alert">
          {t("phases.nothingSaved", { errors: Object.values(errors).map((e) => errorText(t, e ?? "")).join(" ") })}
        </p>
      ) : null}
      <div className="card">
        <div className="card-head">
          <h2>{t("phases.whatCounts")}</h2>
          <span className="hint">{t("phases.whatCountsHint")}</span>
        </div>
        <Form method="post">
          <CsrfField />
          <div className="table-wrap">
            <table className="data def-grid">
              <thead>
                <tr>
                  <th>{t("phases.colPhase")}</th>
                  {COUNTERS.map((c) => (
                    <th key={c} className="counter" scope="col">
                      {t(`phases.counter.${c}`)}
                    </th>
                  ))}
                  <th>{t("phases.now")}</th>
                </tr>
              </thead>
              <tbody>
                {PHASES.map((p, i) => (
                  <tr key={p} data-phase={p}>
                    <td>
                      <b>
                        {i + 1} {t(`phase.name.${p}`)}
                      </b>
                      {errors[p] ? <div className="err">{errorText(t, errors[p]!)}</div> : null}
                    </td>
                    {COUNTERS.map((c) => (
                      <td key={c} className={`check${DEFAULT_PHASE_DEFINITIONS[p].includes(c) ? " default" : ""}`}>
                        <input
                          type="checkbox"
                          name={p}
                          value={c}
                          defaultChecked={definitions[p].includes(c)}
                          aria-label={`${t(`phase.name.${p}`)}: ${t(`phases.counter.${c}`)}`}
                        />
                      </td>
                    ))}
                    <td className="small">
                      {/* the counters by their names in the page's language, not the contract's keys */}
                      {`Σ ${definitions[p].map((c) => t(`phases.counter.${c}`)).join(" + ")}`}
                      {isDefaultDefinition(definitions, p) ? <span className="muted">{t("phases.isDefault")}</span> : <span className="pill warn" style={{ marginLeft: 6 }}>{t("phases.own")}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="row" style={{ marginTop: 12 }}>
            <button className="btn btn-primary" type="submit" name="intent" value="save" disabled={busy}>
              {t("phases.saveDefs")}
            </button>
            <button className="btn" type="submit" name="intent" value="reset" disabled={busy}>
              {t("phases.resetDefs")}
            </button>
            <span className="spacer" />
            <Link to={`/m/${merchant.slug}/phases`}>{t("phases.backToFunnel")}</Link>
          </div>
        </Form>
      </div>
      {warnings.length ? (
        <div className="notice">
          <b>{t("phases.worthKnowing")}</b>
          <ul style={{ margin: "4px 0 0", paddingLeft: 18 }}>
            {warnings.map((w, i) => (
              <li key={i}>{messageText(t, w)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="card">
        <div className="card-head">
          <h2>{t("phases.howUsed")}</h2>
        </div>
        <ul className="muted" style={{ margin: 0, paddingLeft: 18, lineHeight: 1.7 }}>
          <li>{t("phases.used1")}</li>
          <li>{t("phases.used2")}</li>
          <li>{t("phases.used3")}</li>
          <li>{t("phases.used4")}</li>
        </ul>
      </div>
    </div>
  );
}
