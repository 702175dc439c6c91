// One uploaded file before it is imported: how it is read, which column fills which field (the
// merchant can change that), and its first rows as the import will see them.
import { CSRF_FIELD, useCsrfToken } from "~/components/csrf-field";
import { useFetcher } from "@remix-run/react";
import { useEffect, useState } from "react";
import { dateOrderChoice, dateOrderLabel, EXPORT_READ_AS_IT_COMES, exportSummaryOf, IGNORED_COLUMN } from "~/domain/import/exports/messages";
import { DATE_ORDERS } from "~/domain/settings";
import { IMPORT_KINDS } from "~/domain/import/kinds";
import { formatCount } from "~/domain/money";
import type { FilePreview } from "~/services/import/preview.server";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { DataText, Value } from "../data-text";
import { messageText } from "../message-text";
import { ImportMessage } from "./import-message";
import { importText } from "./import-text";
import { readAs, separatorText } from "./read-as";

export interface PreviewFile {
  token: string;
  preview: FilePreview;
}

const encodingChoices = (t: TFunction) => [
  { value: "utf-8", label: "UTF-8" },
  { value: "gb18030", label: t("importPage.gbk") },
];
const separatorChoices = (t: TFunction) => [
  { value: ",", label: t("importPage.separator.comma") },
  { value: ";", label: t("importPage.separator.semicolon") },
  { value: "\t", label: t("importPage.separator.tab") },
];

/** How a CSV is read: detected ("") or the merchant's choice. */
function ReadAs(props: {
  label: string;
  fileName: string;
  detected: string | null;
  value: string;
  choices: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <label>
      {props.label}{" "}
      <select aria-label={t("importPage.readAsOf", { label: props.label, file: props.fileName })} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{props.detected ? t("importPage.detectAs", { detected: props.detected }) : t("importPage.detect")}</option>
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}

type RepreviewData = { intent: "repreview"; token: string; preview: FilePreview } | { intent: string };

export function FilePreviewCard({ file }: { file: PreviewFile }) {
  const fetcher = useFetcher<RepreviewData>();
  const csrf = useCsrfToken();
  const { t } = useTranslation();
  const fresh = fetcher.data && "token" in fetcher.data && fetcher.data.token === file.token ? fetcher.data.preview : null;
  const p = fresh ?? file.preview;
  const [kind, setKind] = useState(p.kind ?? "");
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [save, setSave] = useState(true);
  // "" reads the file as factloop detects it; a choice overrides the detection (CSV only)
  const [encoding, setEncoding] = useState("");
  const [separator, setSeparator] = useState("");

  useEffect(() => {
    setKind(file.preview.kind ?? "");
    setEdits({});
  }, [file.token, file.preview.kind]);

  const repreview = (next: { kind?: string; edits?: Record<string, string>; encoding?: string; separator?: string }) => {
    const fd = new FormData();
    fd.set("intent", "repreview");
    fd.set(CSRF_FIELD, csrf);
    fd.set("token", file.token);
    fd.set("kind", next.kind ?? kind);
    fd.set("mapping", JSON.stringify(next.edits ?? edits));
    fd.set("encoding", next.encoding ?? encoding);
    fd.set("separator", next.separator ?? separator);
    fetcher.submit(fd, { method: "post" });
  };

  const shownFields = p.fields.map((f) => f.name);
  const exportSummary = p.export ? exportSummaryOf(p.export) : null;
  return (
    <div className="card" data-preview-file={p.fileName} style={{ marginBottom: 14 }}>
      <input type="hidden" name="token" value={file.token} />
      <input type="hidden" name={`kind:${file.token}`} value={kind} />
      <input type="hidden" name={`mapping:${file.token}`} value={JSON.stringify(edits)} />
      <input type="hidden" name={`save:${file.token}`} value={save ? "1" : ""} />
      <input type="hidden" name={`encoding:${file.token}`} value={encoding} />
      <input type="hidden" name={`separator:${file.token}`} value={separator} />
      <div className="card-head">
        <div>
          <strong>
            <Value>{p.fileName}</Value>
          </strong>{" "}
          <span className="muted">{t("importPage.bytes", { n: formatCount(p.size) })}</span>
        </div>
        <span className="hint" data-read-as>
          {readAs(t, p)}
        </span>
      </div>
      <div className="read-as-row">
        <label>
          {t("importPage.kindOfFile")}{" "}
          <select
            aria-label={t("importPage.kindOf", { file: p.fileName })}
            value={kind}
            onChange={(e) => {
              setKind(e.target.value);
              setEdits({});
              repreview({ kind: e.target.value, edits: {} });
            }}
          >
            <option value="">{t("importPage.choose")}</option>
            {IMPORT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`importPage.kind.${k}`)}
                {p.suggestedKind === k ? t("importPage.suggested") : ""}
              </option>
            ))}
          </select>
        </label>
        {/* a chosen encoding that cannot read the file leaves no format: keep the choice to undo it */}
        {(p.format === "csv" || encoding !== "" || separator !== "") && (
          <>
            <ReadAs
              label={t("importPage.encoding")}
              fileName={p.fileName}
              detected={p.encoding?.toUpperCase() ?? null}
              value={encoding}
              choices={encodingChoices(t)}
              onChange={(v) => {
                setEncoding(v);
                repreview({ encoding: v });
              }}
            />
            <ReadAs
              label={t("importPage.separatorLabel")}
              fileName={p.fileName}
              detected={p.separator === null ? null : separatorText(t, p.separator)}
              value={separator}
              choices={separatorChoices(t)}
              onChange={(v) => {
                setSeparator(v);
                repreview({ separator: v });
              }}
            />
          </>
        )}
        {fetcher.state !== "idle" && <span className="muted">{t("importPage.updating")}</span>}
      </div>
      {p.export && (
        <p data-export={p.export.id} style={{ margin: "8px 0" }}>
          <strong>{exportSummary ? messageText(t, exportSummary) : p.export.summary}</strong> <span className="muted">{messageText(t, EXPORT_READ_AS_IT_COMES)}</span>
        </p>
      )}
      {p.ambiguousDates && (
        <label data-date-order style={{ display: "block", margin: "6px 0" }}>
          <DataText text={messageText(t, dateOrderChoice(p.ambiguousDates.example))} data={[p.ambiguousDates.example]} />{" "}
          <select
            aria-label={t("importPage.dateOrderOf", { file: p.fileName })}
            value={p.ambiguousDates.order}
            onChange={(e) => {
              const fd = new FormData();
              fd.set("intent", "date-order");
              fd.set(CSRF_FIELD, csrf);
              fd.set("token", file.token);
              fd.set("order", e.target.value);
              fd.set("kind", kind);
              fd.set("mapping", JSON.stringify(edits));
              fd.set("encoding", encoding);
              fd.set("separator", separator);
              fetcher.submit(fd, { method: "post" });
            }}
          >
            {DATE_ORDERS.map((o) => (
              <option key={o} value={o}>
                {messageText(t, dateOrderLabel(o))}
              </option>
            ))}
          </select>
        </label>
      )}
      {p.notes.map((n, i) => (
        <p key={n} className="muted" style={{ margin: "6px 0" }}>
          <ImportMessage text={n} code={p.noteCodes?.[i]} />
        </p>
      ))}
      {p.problem && (
        <p role="alert" style={{ color: "var(--bad)", margin: "8px 0" }}>
          <ImportMessage text={p.problem} code={p.problemCode} />
        </p>
      )}
      {p.columns.length > 0 && p.fields.length > 0 && (
        <details open={p.missing.length > 0 || p.columns.some((c) => !c.field)} style={{ margin: "10px 0" }}>
          <summary>{t("importPage.columnsUsed", { used: p.columns.filter((c) => c.field).length, all: p.columns.length })}</summary>
          <table className="data" aria-label={t("importPage.columnsOf", { file: p.fileName })} style={{ marginTop: 6 }}>
            <thead>
              <tr>
                <th>{t("importPage.columnInFile")}</th>
                <th>{t("importPage.field")}</th>
              </tr>
            </thead>
            <tbody>
              {p.columns.map((c) => (
                <tr key={c.header}>
                  <td>{c.header}</td>
                  <td>
                    {p.export ? (
                      <span data-column-use={c.header}>{c.field ?? messageText(t, IGNORED_COLUMN)}</span>
                    ) : (
                      <select
                        aria-label={t("importPage.fieldFor", { column: c.header })}
                        value={edits[c.header] ?? c.field ?? ""}
                        onChange={(e) => {
                          const next = { ...edits, [c.header]: e.target.value };
                          setEdits(next);
                          repreview({ edits: next });
                        }}
                      >
                        <option value="">{t("importPage.ignore")}</option>
                        {p.fields.map((f) => (
                          <option key={f.name} value={f.name}>
                            {f.name}
                            {f.required ? " *" : ""}
                          </option>
                        ))}
                      </select>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {!p.export && (
            <label style={{ display: "block", marginTop: 6 }}>
              <input type="checkbox" checked={save} onChange={(e) => setSave(e.target.checked)} />{" "}
              {kind ? t("importPage.remember", { kind: t(`importPage.kind.${kind as "orders"}`) }) : t("importPage.rememberAny")}
            </label>
          )}
        </details>
      )}
      {p.rows.length > 0 && (
        <div style={{ overflowX: "auto" }}>
          <p className="hint" style={{ margin: "6px 0" }}>
            {t("importPage.firstRowsHint")}
          </p>
          <table className="data" aria-label={t("importPage.firstRowsOf", { file: p.fileName })}>
            <thead>
              <tr>
                <th className="num">{t("importer.line")}</th>
                {shownFields.map((f) => (
                  <th key={f}>{f}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <tr key={r.line} title={r.problems.map((m) => importText(t, m)).join("\n")} style={r.problems.length ? { background: "#fbe5e3" } : undefined}>
                  <td className="num">{r.line}</td>
                  {shownFields.map((f) => {
                    const raw = r.cells[f] ?? "";
                    const read = r.read ? r.read[f] : raw;
                    const changed = read !== raw.trim();
                    return (
                      <td
                        key={f}
                        data-field={f}
                        title={changed ? t("importPage.inFile", { raw }) : undefined}
                        style={{ maxWidth: 180, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}
                      >
                        {changed ? <span style={{ borderBottom: "1px dotted var(--muted)" }}>{read}</span> : read}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {p.rows.some((r) => r.problems.length) && (
            <ul style={{ color: "var(--bad)", margin: "8px 0 0", paddingLeft: 18 }}>
              {p.rows.flatMap((r) => r.problems).map((m) => (
                <li key={m}>{importText(t, m)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
