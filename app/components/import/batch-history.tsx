// Every import of the merchant, newest first, with undo for the ones that stored rows.
import { Link } from "~/components/link";
import { useTranslation } from "react-i18next";
import { useFormat } from "~/components/use-format";

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
  const { t, i18n } = useTranslation();
  const f = useFormat();
  if (batches.length === 0) return <p className="muted">{t("importHistory.none")}</p>;
  const stateOf = (s: string) => (i18n.exists(`importHistory.state.${s}`) ? t(`importHistory.state.${s}`) : s);
  const when = (ms: number) =>
    new Intl.DateTimeFormat("zh-CN", { timeZone: timezone, dateStyle: "short", timeStyle: "medium" }).format(new Date(ms));
  return (
    <table className="data" aria-label={t("importHistory.table")}>
      <thead>
        <tr>
          <th className="num">{t("importHistory.batch")}</th>
          <th>{t("importHistory.file")}</th>
          <th>{t("importHistory.kind")}</th>
          <th>{t("importHistory.started")}</th>
          <th>{t("importHistory.status")}</th>
          <th className="num">{t("importHistory.rows")}</th>
          <th className="num">{t("importHistory.inserted")}</th>
          <th className="num">{t("importHistory.replaced")}</th>
          <th className="num">{t("importHistory.rejected")}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {batches.map((b) => (
          <tr key={b.id} data-batch={b.id}>
            <td className="num">{b.id}</td>
            <td>{b.fileName}</td>
            <td className="nowrap">{t(`importPage.kind.${b.kind as "orders"}`, { defaultValue: b.kind })}</td>
            <td className="nowrap">{when(b.startedAt)}</td>
            <td className="nowrap">
              <span className={`pill ${PILL[b.status] ?? ""}`}>{stateOf(b.statusNote ?? b.status)}</span>
            </td>
            <td className="num">{f.count(b.rowsRead)}</td>
            <td className="num">{f.count(b.inserted)}</td>
            <td className="num">{f.count(b.replaced)}</td>
            <td className="num">{f.count(b.rejected)}</td>
            <td className="nowrap">
              <a href={`?batch=${b.id}`}>{t("importHistory.report")}</a>
              {b.status === "done" && (
                // a link, not a form: undo first shows what it would remove and asks
                <Link className="btn btn-danger" to={`?undo=${b.id}`} aria-disabled={busy} style={{ padding: "2px 8px", marginLeft: 8 }}>
                  {t("importHistory.undo")}
                </Link>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
