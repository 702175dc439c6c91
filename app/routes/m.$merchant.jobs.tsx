// Jobs (owners): the import, undo or settings change that holds the writer now and those waiting
// for it, from the pages, their job processes and the command line, and the file reads waiting
// for a slot in this server. Another merchant's job is shown without its name or files.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "~/components/use-format";
import { formatLocal } from "~/domain/time";
import { pageTitle } from "~/i18n/t";
import { jobLabelMessage } from "~/domain/jobs";
import { messageText } from "~/components/message-text";
import type { TFunction } from "i18next";
import { listJobs } from "~/services/jobs/writer-queue.server";
import { parsesRunning, parsesWaiting } from "~/services/jobs/parse-slots.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("jobs.title"));

export { RouteErrorBoundary as ErrorBoundary } from "~/components/error-boundary";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "audit");
  const jobs = listJobs(db).map((j) => {
    const own = j.merchant === merchant.slug;
    return {
      id: j.id,
      state: j.state,
      kind: j.kind,
      // another merchant's job is shown without its name or files
      label: own ? j.label : null,
      queued: formatLocal(j.queuedAt, merchant.timezone),
      started: j.startedAt ? formatLocal(j.startedAt, merchant.timezone) : null,
      rows: own ? (j.progress?.rowsDone ?? null) : null,
      percent: own && j.progress?.bytesTotal ? Math.round(((j.progress.bytesDone ?? 0) / j.progress.bytesTotal) * 100) : null,
      pid: j.pid,
    };
  });
  return { merchant: shownMerchant(merchant), jobs, parses: { running: parsesRunning(), waiting: parsesWaiting() } };
}

/** A job's label in the page's language when it is the app's own words ("pillar settings"); a file name as it is. */
function labelText(t: TFunction, label: string): string {
  const m = jobLabelMessage(label);
  return typeof m === "string" ? m : messageText(t, m);
}

export default function Jobs() {
  const { merchant, jobs, parses } = useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  const { t } = useTranslation();
  const fmt = useFormat();
  useEffect(() => {
    const t = setInterval(() => revalidator.revalidate(), 2000);
    return () => clearInterval(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>{t("jobs.title")}</h1>
          <div className="sub">{t("jobs.sub", { tz: merchant.timezone })}</div>
        </div>
      </div>
      <div className="card">
        {jobs.length === 0 ? (
          <p className="muted">{t("jobs.none")}</p>
        ) : (
          <table className="data" data-jobs="">
            <thead>
              <tr>
                <th>{t("jobs.job")}</th>
                <th>{t("jobs.state")}</th>
                <th>{t("jobs.queued")}</th>
                <th>{t("jobs.started")}</th>
                <th className="num">{t("jobs.rows")}</th>
                <th className="num">{t("jobs.process")}</th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((j) => (
                <tr key={j.id} data-job-state={j.state}>
                  <td>
                    {j.label === null
                      ? t("jobs.titleOther", { kind: t(`jobs.kinds.${j.kind}`) })
                      : t("jobs.titleOwn", { kind: t(`jobs.kinds.${j.kind}`), label: labelText(t, j.label) })}
                  </td>
                  <td>{t(`jobs.states.${j.state}`)}</td>
                  <td>{j.queued}</td>
                  <td>{j.started ?? "—"}</td>
                  <td className="num">{j.rows === null ? "—" : `${fmt.count(j.rows)}${j.percent === null ? "" : ` (${j.percent}%)`}`}</td>
                  <td className="num">{j.pid}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="muted">{t("jobs.parses", { running: parses.running, waiting: parses.waiting })}</p>
      </div>
    </div>
  );
}
