// The question an undo asks first: what it takes out (rows, GMV), what it puts back.
import { Form } from "@remix-run/react";
import { Link } from "~/components/link";
import { CsrfField } from "~/components/csrf-field";
import { useTranslation } from "react-i18next";
import { useFormat } from "~/components/use-format";
import type { UndoPreview } from "~/services/import/undo-preview.server";

export function UndoConfirm({ preview, currency, busy }: { preview: UndoPreview; currency: string; busy: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const together = preview.batches.length > 1;
  const rows = fmt.count(preview.rows);
  return (
    <div className="confirm" role="alertdialog" aria-labelledby="undo-title" style={{ marginBottom: 14 }}>
      <h2 id="undo-title">{t("undo.title", { batch: preview.batchId })}</h2>
      <p data-undo-removes={preview.rows}>
        {preview.gmv ? t("undo.removesGmv", { rows, gmv: fmt.money(preview.gmv, currency) }) : t("undo.removes", { rows })}
        {preview.restored ? ` ${t("undo.restores", { rows: fmt.count(preview.restored) })}` : ""}
      </p>
      {together ? (
        <p className="muted">
          {t("undo.together", {
            files: preview.batches.map((b) => t("undo.file", { name: b.fileName, kind: b.kind, rows: fmt.count(b.rows) })).join("; "),
          })}
        </p>
      ) : null}
      <Form method="post" className="row" style={{ gap: 8 }}>
        <CsrfField />
        <input type="hidden" name="intent" value="undo" />
        <input type="hidden" name="batch" value={preview.batchId} />
        <input type="hidden" name="confirm" value="yes" />
        <button className="btn btn-danger" type="submit" disabled={busy}>
          {t("undo.yes")}
        </button>
        <Link className="btn" to="?">
          {t("undo.cancel")}
        </Link>
      </Form>
    </div>
  );
}
