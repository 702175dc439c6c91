// What a page shows instead of itself when its loader throws: a sentence in the reader's
// language, inside the page's frame (each merchant route exports RouteErrorBoundary, so the
// navigation stays around the error). Never a raw router message.
import { isRouteErrorResponse, useParams, useRouteError } from "@remix-run/react";
import { Link } from "~/components/link";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { reportText } from "./report-text";

function errorText(error: unknown, t: TFunction): { title: string; detail: string; status: number } {
  if (isRouteErrorResponse(error)) {
    const d = error.data as unknown;
    if (error.status === 403 && d && typeof d === "object" && "needed" in d) {
      const f = d as { needed: string; role: string };
      return { status: 403, title: t("errors.forbidden"), detail: t("errors.forbiddenDetail", { needed: f.needed, role: f.role }) };
    }
    // the router's own "No route matches URL …" is a 404 like any other
    if (error.status === 404) return { status: 404, title: t("errors.notFound"), detail: t("errors.notFoundDetail") };
    // a write the db client retried until it gave up (app/db.server.ts): nothing of it was saved
    if (error.status === 503 && d && typeof d === "object" && "busy" in d) {
      // or the export pool's queue was full (app/services/exports/respond.server.ts)
      if ((d as { busy: unknown }).busy === "exports") return { status: 503, title: t("errors.busyNow"), detail: t("errors.exportsBusy") };
      return { status: 503, title: t("errors.busy"), detail: t("errors.busyDetail") };
    }
    if (error.status === 401) return { status: 401, title: t("errors.signIn"), detail: t("errors.signInDetail") };
    if (error.status === 400) {
      // a report over the limit (a FACT page's range) is said in the reader's language
      return { status: 400, title: t("errors.badRequest"), detail: typeof d === "string" && d ? t("errors.serverSaid", { message: reportText(t, d) }) : "" };
    }
    if (error.status === 403) return { status: 403, title: t("errors.forbidden"), detail: typeof d === "string" ? t("errors.serverSaid", { message: d }) : "" };
    return { status: error.status, title: `${error.status} ${t("errors.failed")}`, detail: t("errors.failedDetail") };
  }
  return { status: 500, title: t("errors.failed"), detail: t("errors.failedDetail") };
}

export function ErrorPage({ home = false }: { home?: boolean }) {
  const error = useRouteError();
  const { t } = useTranslation();
  const params = useParams();
  const { title, detail, status } = errorText(error, t);
  return (
    <div className="card error-card" role="alert" data-error-status={status}>
      <h1>{title}</h1>
      {detail ? <p className="muted">{detail}</p> : null}
      {params.merchant && !home ? <Link to={`/m/${params.merchant}`}>{t("errors.backToOverview")}</Link> : <a href="/">{t("errors.back")}</a>}
    </div>
  );
}

/** Every merchant page's ErrorBoundary: the error in the page's place, the navigation kept. */
export function RouteErrorBoundary() {
  return <ErrorPage />;
}
