// Every import of the merchant, newest first, with undo for the ones that stored rows.
import { Link } from "@remix-run/react";
import { formatCount } from "~/domain/money";

export interface BatchRow {
  id: number;
  kind: string;
  fileName: string;
  status: string;
  statusNote: string | null;
  startedAt: number;
  rowsRead: number;
  inserted: number;
  replaced: number;
  rejected: number;
}

const PILL: Record<string, string> = { done: "ok", "dry-run": "ok", failed: "err", undone: "warn", running: "warn" };

export function BatchHistory({ batches, timezone, busy }: { batches: BatchRow[]; timezone: string; busy: boolean }) {
  if (batches.length === 0) return <p className="muted">No imports yet.</p>;
  const when = (ms: number) =>
    new Intl.DateTimeFormat("zh-CN", { timeZone: timezone, dateStyle: "short", timeStyle: "medium" }).format(new Date(ms));
  return (
    <table className="data" aria-label="Import history">
      <thead>
        <tr>
          <th className="num">Batch</th>
          <th>File</th>
          <th>Kind</th>
          <th>Started</th>
          <th>Status</th>
          <th className="num">Rows</th>
          <th className="num">Inserted</th>
          <th className="num">Replaced</th>
          <th className="num">Rejected</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {batches.map((b) => (
          <tr key={b.id} data-batch={b.id}>
            <td className="num">{b.id}</td>
            <td>{b.fileName}</td>
            <td>{b.kind}</td>
            <td>{when(b.startedAt)}</td>
            <td>
              <span className={`pill ${PILL[b.status] ?? ""}`}>{b.statusNote ?? b.status}</span>
            </td>
            <td className="num">{formatCount(b.rowsRead)}</td>
            <td className="num">{formatCount(b.inserted)}</td>
            <td className="num">{formatCount(b.replaced)}</td>
            <td className="num">{formatCount(b.rejected)}</td>
            <td>
              <a href={`?batch=${b.id}`}>report</a>
              {b.status === "done" && (
                // a link, not a form: undo first shows what it would remove and asks
                <Link className="btn btn-danger" to={`?undo=${b.id}`} aria-disabled={busy} style={{ padding: "2px 8px", marginLeft: 8 }}>
                  Undo…
                </Link>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
