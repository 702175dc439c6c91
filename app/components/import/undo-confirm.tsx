// The question an undo asks first: what it takes out (rows, GMV), what it puts back.
import { Form, Link } from "@remix-run/react";
import { CsrfField } from "~/components/csrf-field";
import { formatCount, formatMoney } from "~/domain/money";
import type { UndoPreview } from "~/services/import/undo-preview.server";

export function UndoConfirm({ preview, currency, busy }: { preview: UndoPreview; currency: string; busy: boolean }) {
  const together = preview.batches.length > 1;
  return (
    <div className="confirm" role="alertdialog" aria-labelledby="undo-title" style={{ marginBottom: 14 }}>
      <h2 id="undo-title">Undo batch {preview.batchId}?</h2>
      <p>
        This removes <strong>{formatCount(preview.rows)}</strong> rows
        {preview.gmv ? (
          <>
            {" "}
            and <strong>{formatMoney(preview.gmv, currency)}</strong> of GMV
          </>
        ) : null}
        {preview.restored ? <>, and puts back {formatCount(preview.restored)} earlier rows it had replaced</> : null}.
      </p>
      {together ? (
        <p className="muted">
          These files were imported together and are undone together:{" "}
          {preview.batches.map((b) => `${b.fileName} (${b.kind}, ${formatCount(b.rows)} rows)`).join("; ")}.
        </p>
      ) : null}
      <Form method="post" className="row" style={{ gap: 8 }}>
        <CsrfField />
        <input type="hidden" name="intent" value="undo" />
        <input type="hidden" name="batch" value={preview.batchId} />
        <input type="hidden" name="confirm" value="yes" />
        <button className="btn btn-danger" type="submit" disabled={busy}>
          Yes, undo it
        </button>
        <Link className="btn" to="?">
          Cancel
        </Link>
      </Form>
    </div>
  );
}
