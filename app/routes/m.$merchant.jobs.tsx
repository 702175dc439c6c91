// Jobs (owners): the import, undo or settings change that holds the writer now and those waiting
// for it, from the pages, their job processes and the command line, and the file reads waiting
// for a slot in this server. Another merchant's job is shown without its name or files.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { JOB_STATE_WORDS, jobTitle } from "~/domain/jobs";
import { formatLocal } from "~/domain/time";
import { listJobs } from "~/services/jobs/writer-queue.server";
import { parsesRunning, parsesWaiting } from "~/services/jobs/parse-slots.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export const meta: MetaFunction = () => [{ title: "Jobs · factloop" }];

export { RouteErrorBoundary as ErrorBoundary } from "~/components/error-boundary";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant, "audit");
  const jobs = listJobs(db).map((j) => {
    const own = j.merchant === merchant.slug;
    return {
      id: j.id,
      state: j.state,
      title: own ? jobTitle(j) : jobTitle({ kind: j.kind, merchant: null, label: "another merchant's data" }),
      queued: formatLocal(j.queuedAt, merchant.timezone),
      started: j.startedAt ? formatLocal(j.startedAt, merchant.timezone) : null,
      rows: own ? (j.progress?.rowsDone ?? null) : null,
      percent: own && j.progress?.bytesTotal ? Math.round(((j.progress.bytesDone ?? 0) / j.progress.bytesTotal) * 100) : null,
      pid: j.pid,
    };
  });
  return { merchant: shownMerchant(merchant), jobs, parses: { running: parsesRunning(), waiting: parsesWaiting() } };
}

export default function Jobs() {
  const { merchant, jobs, parses } = useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  useEffect(() => {
    const t = setInterval(() => revalidator.revalidate(), 2000);
    return () => clearInterval(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div className="stack">
      <div className="page-header">
        <div>
          <h1>Jobs</h1>
          <div className="sub">
            Imports, undos and settings changes take turns, one at a time for every merchant; times in {merchant.timezone}.
          </div>
        </div>
      </div>
      <div className="card">
        {jobs.length === 0 ? (
          <p className="muted">No job is running or waiting.</p>
        ) : (
          <table className="data" data-jobs="">
            <thead>
              <tr>
                <th>Job</th>
                <th>State</th>
                <th>Queued</th>
                <th>Started</th>
                <th className="num">Rows</th>
                <th className="num">Process</th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((j) => (
                <tr key={j.id} data-job-state={j.state}>
                  <td>{j.title}</td>
                  <td>{JOB_STATE_WORDS[j.state]}</td>
                  <td>{j.queued}</td>
                  <td>{j.started ?? "—"}</td>
                  <td className="num">{j.rows === null ? "—" : `${j.rows.toLocaleString("en-US")}${j.percent === null ? "" : ` (${j.percent}%)`}`}</td>
                  <td className="num">{j.pid}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="muted">
          File reads for previews in this server: {parses.running} running, {parses.waiting} waiting.
        </p>
      </div>
    </div>
  );
}
