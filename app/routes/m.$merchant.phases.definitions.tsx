// Phase definitions: each phase as a sum of counters, the contract's defaults unless the merchant
// chooses its own. Every report, page and export states the definition it used.
import { CsrfField } from "~/components/csrf-field";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { COUNTER_LABELS, definitionWarnings } from "~/domain/phases/definitions";
import { formulaOf, isDefaultDefinition } from "~/domain/phases/columns";
import { PHASE_LABELS, PHASES } from "~/domain/phases";
import { COUNTERS, DEFAULT_PHASE_DEFINITIONS } from "~/domain/settings";
import { savePhaseDefinitions, savePhaseDefinitionsForm } from "~/services/phases/definitions.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { merchant } = await requireMerchant(request, params.merchant);
  const defs = merchant.settings.phaseDefinitions;
  return { merchant: shownMerchant(merchant), definitions: defs, warnings: definitionWarnings(defs) };
}

export async function action({ params, request }: ActionFunctionArgs) {
  const { db, merchant, audit } = await requireMerchant(request, params.merchant, "settings");
  const form = await request.formData();
  const result =
    form.get("intent") === "reset" ? savePhaseDefinitions(db, merchant, DEFAULT_PHASE_DEFINITIONS) : savePhaseDefinitionsForm(db, merchant, form);
  if (!result.ok) return data({ fieldErrors: result.fieldErrors, formError: "formError" in result ? result.formError : undefined }, { status: 400 });
  audit("phase_definitions_saved", { defaults: result.usesDefaults });
  return redirect(`/m/${merchant.slug}/phases/definitions?saved=${result.usesDefaults ? "defaults" : "own"}`);
}

export default function PhaseDefinitions() {
  const { merchant, definitions, warnings } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [search] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const saved = search.get("saved");
  const errors: Partial<Record<string, string>> = result?.fieldErrors ?? {};
  return (
    <div className="stack">
      {saved && !result ? (
        <p className="notice info" role="status">
          Saved. Reports now use {saved === "defaults" ? "the contract's default definitions" : "these definitions"}; XLSX, JSON and printed reports name them.
        </p>
      ) : null}
      {result?.formError ? <p className="notice error">{result.formError}</p> : null}
      {Object.keys(errors).length ? (
        <p className="notice error" role="alert">
          Nothing was saved: {Object.values(errors).join(" ")}
        </p>
      ) : null}
      <div className="card">
        <div className="card-head">
          <h2>What each phase counts</h2>
          <span className="hint">a phase is the sum of the counters ticked on its row; shaded boxes are the contract's defaults</span>
        </div>
        <Form method="post">
          <CsrfField />
          <div className="table-wrap">
            <table className="data def-grid">
              <thead>
                <tr>
                  <th>Phase</th>
                  {COUNTERS.map((c) => (
                    <th key={c} className="counter" scope="col">
                      {COUNTER_LABELS[c]}
                    </th>
                  ))}
                  <th>Now</th>
                </tr>
              </thead>
              <tbody>
                {PHASES.map((p, i) => (
                  <tr key={p} data-phase={p}>
                    <td>
                      <b>
                        {i + 1} {PHASE_LABELS[p]}
                      </b>
                      {errors[p] ? <div className="err">{errors[p]}</div> : null}
                    </td>
                    {COUNTERS.map((c) => (
                      <td key={c} className={`check${DEFAULT_PHASE_DEFINITIONS[p].includes(c) ? " default" : ""}`}>
                        <input
                          type="checkbox"
                          name={p}
                          value={c}
                          defaultChecked={definitions[p].includes(c)}
                          aria-label={`${PHASE_LABELS[p]}: ${COUNTER_LABELS[c]}`}
                        />
                      </td>
                    ))}
                    <td className="small">
                      {formulaOf(definitions[p])}
                      {isDefaultDefinition(definitions, p) ? <span className="muted"> · default</span> : <span className="pill warn" style={{ marginLeft: 6 }}>own</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="row" style={{ marginTop: 12 }}>
            <button className="btn btn-primary" type="submit" name="intent" value="save" disabled={busy}>
              Save definitions
            </button>
            <button className="btn" type="submit" name="intent" value="reset" disabled={busy}>
              Reset to the contract's defaults
            </button>
            <span className="spacer" />
            <Link to={`/m/${merchant.slug}/phases`}>Back to the funnel</Link>
          </div>
        </Form>
      </div>
      {warnings.length ? (
        <div className="notice">
          <b>Worth knowing:</b>
          <ul style={{ margin: "4px 0 0", paddingLeft: 18 }}>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="card">
        <div className="card-head">
          <h2>How definitions are used</h2>
        </div>
        <ul className="muted" style={{ margin: 0, paddingLeft: 18, lineHeight: 1.7 }}>
          <li>Definitions are read whenever a page or report is built: a change applies at once to every period, past ones included.</li>
          <li>Step conversions divide each phase by the one before; the loop rate divides Sharing by Purchase, under whatever definitions are set.</li>
          <li>UGC reach (UGC impressions ÷ Exploration) depends on these choices only through Exploration; the positive review rate not at all.</li>
          <li>Every XLSX (its Definitions sheet), JSON (its notes) and printed report names the definitions it used; a CSV is the bare table, for scripts. GMV always sums the gmv of counted orders.</li>
        </ul>
      </div>
    </div>
  );
}
