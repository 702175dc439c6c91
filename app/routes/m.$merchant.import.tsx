// The import page: drop files, see how they will be read, fix the column mapping, dry-run or
// import with live progress (which survives a reload), read the report, undo a batch.
import { useTranslation } from "react-i18next";
import { pageTitle } from "~/i18n/t";
import { CsrfField, useUploadAction } from "~/components/csrf-field";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  data,
  MaxPartSizeExceededError,
  unstable_createFileUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { Form, useActionData, useFetcher, useLoaderData, useNavigation, useRevalidator } from "@remix-run/react";
import { useEffect, useMemo, useState } from "react";
import { z } from "zod";
import { BatchHistory, type BatchRow } from "~/components/import/batch-history";
import { UndoConfirm } from "~/components/import/undo-confirm";
import { undoPreview } from "~/services/import/undo-preview.server";
import { FilePreviewCard, type PreviewFile } from "~/components/import/file-preview";
import { FilePicker } from "~/components/import/file-picker";
import { ImportReportView } from "~/components/import/import-report";
import { ImportProgressBar } from "~/components/import/progress-bar";
import { IMPORT_KINDS, inImportOrder, isImportKind } from "~/domain/import/kinds";
import { batchSummary, listBatches, undoBatch, type BatchSummary } from "~/services/import/batches.server";
import { merchantJobs, startImportJob, type ImportJobFile } from "~/services/import/import-job.server";
import { withWriter } from "~/services/jobs/writer-queue.server";
import { withParseSlot } from "~/services/jobs/parse-slots.server";
import { clientIp } from "~/services/auth/client-ip.server";
import { mappingProblemMessages } from "~/domain/import/aliases";
import { importReply, tooBigReply, undoneMessage } from "~/domain/import/replies";
import { messageData, type Message } from "~/domain/message";
import { DataText } from "~/components/data-text";
import { messageText } from "~/components/message-text";
import { MAX_IMPORT_BYTES } from "~/services/import/import.server";
import { previewFile } from "~/services/import/preview.server";
import { withDateOrder } from "~/services/import/date-order.server";
import {
  findUpload,
  newUploadToken,
  rememberUpload,
  removeStaleUploads,
  removeUpload,
  uploadDir,
  uploadsFull,
} from "~/services/import/uploads.server";
import { warmForecastsInBackground } from "~/services/forecast-warm.server";
import { requireMerchant, shownMerchant } from "~/services/route-context.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("importer.title"));

export { RouteErrorBoundary as ErrorBoundary } from "~/components/error-boundary";

function toRow(b: BatchSummary): BatchRow {
  return {
    id: b.id,
    kind: b.kind,
    fileName: b.fileName,
    status: b.status,
    statusNote: b.statusNote,
    startedAt: b.startedAt,
    rowsRead: b.report?.rowsRead ?? b.progress?.rowsDone ?? 0,
    inserted: b.report?.inserted ?? 0,
    replaced: b.report?.replaced ?? 0,
    rejected: b.report?.rejected ?? 0,
  };
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { db, merchant } = await requireMerchant(request, params.merchant);
  const batches = listBatches(db, merchant, 50);
  const url = new URL(request.url);
  const wanted = Number(url.searchParams.get("batch"));
  const shown = Number.isInteger(wanted) && wanted > 0 ? batchSummary(db, merchant, wanted) : undefined;
  // ?undo=N asks first: the page shows what the undo would remove before anything changes
  const undoAsked = Number(url.searchParams.get("undo"));
  return {
    // imports of this merchant in the writer queue (the page's, the command line's), running or waiting
    jobs: merchantJobs(db, merchant).map((j) => j.id),
    undo: Number.isInteger(undoAsked) && undoAsked > 0 ? undoPreview(db, merchant, undoAsked) : null,
    merchant: shownMerchant(merchant),
    history: batches.map(toRow),
    running: batches.filter((b) => b.status === "running").map((b) => b.id),
    // the report asked for, else the newest finished one
    report: (shown ?? batches.find((b) => b.status !== "running"))?.report ?? null,
    maxBytes: MAX_IMPORT_BYTES,
  };
}

const kindSchema = z.enum(IMPORT_KINDS);
// a refusal is answered with its own message (importReply.mappingUnreadable, uploadFirst)
const mappingSchema = z
  .string()
  .transform((s, ctx) => {
    try {
      return z.record(z.string(), z.string()).parse(JSON.parse(s || "{}"));
    } catch {
      ctx.addIssue({ code: "custom" });
      return z.NEVER;
    }
  });
const startSchema = z.object({
  tokens: z.array(z.string().uuid()).min(1),
  skipBadRows: z.boolean(),
  dryRun: z.boolean(),
});

type ActionResult =
  | { intent: "preview"; files: PreviewFile[] }
  | { intent: "repreview"; token: string; preview: PreviewFile["preview"] }
  | { intent: "started"; jobId: number; attemptIds: number[]; dryRun: boolean; files: PreviewFile[] }
  | { intent: "undone"; message: Message }
  | { intent: "error"; error: Message | Message[] };

export async function action({ params, request }: ActionFunctionArgs) {
  // importing and undoing need the same role (analyst); the audit log tells them apart
  const { db, merchant, audit, user } = await requireMerchant(request, params.merchant, "import");
  const type = request.headers.get("content-type") ?? "";

  if (type.startsWith("multipart/form-data")) {
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > MAX_IMPORT_BYTES + 1024 * 1024) {
      return data<ActionResult>({ intent: "error", error: tooBigReply(length) }, { status: 413 });
    }
    removeStaleUploads(merchant.id);
    if (uploadsFull(length)) return data<ActionResult>({ intent: "error", error: importReply("uploadsFull") }, { status: 507 });
    const tokens: { token: string; fileName: string }[] = [];
    const handler = unstable_createFileUploadHandler({
      directory: uploadDir(merchant.id),
      maxPartSize: MAX_IMPORT_BYTES,
      avoidFileConflicts: false,
      file: ({ filename }) => {
        const token = newUploadToken();
        rememberUpload(merchant.id, token, filename);
        tokens.push({ token, fileName: filename });
        return `${token}.upload`;
      },
    });
    try {
      await unstable_parseMultipartFormData(request, handler);
    } catch (e) {
      for (const t of tokens) removeUpload(merchant.id, t.token);
      if (e instanceof MaxPartSizeExceededError) return data<ActionResult>({ intent: "error", error: tooBigReply(null) }, { status: 413 });
      throw e;
    }
    if (tokens.length === 0) return data<ActionResult>({ intent: "error", error: importReply("noFile") }, { status: 400 });
    const files: PreviewFile[] = [];
    for (const t of tokens) {
      const upload = findUpload(merchant.id, t.token);
      if (!upload) continue;
      // at most a few files are read at once in this process; the rest wait their turn
      const preview = await withParseSlot(() => previewFile(db, merchant, { path: upload.path, fileName: upload.fileName, size: upload.size }));
      files.push({ token: t.token, preview });
    }
    return data<ActionResult>({ intent: "preview", files });
  }

  const form = await request.formData();
  const intent = form.get("intent");

  // choosing how a file's ambiguous dates read saves the shop's setting, then previews again
  if (intent === "repreview" || intent === "date-order") {
    const token = String(form.get("token") ?? "");
    const upload = findUpload(merchant.id, token);
    if (!upload) return data<ActionResult>({ intent: "error", error: importReply("uploadGone") }, { status: 400 });
    const kind = String(form.get("kind") ?? "");
    const mapping = mappingSchema.safeParse(String(form.get("mapping") ?? "{}"));
    const preview = await previewFile(db, intent === "date-order" ? withDateOrder(db, merchant, form.get("order")) : merchant, {
      path: upload.path,
      fileName: upload.fileName,
      size: upload.size,
      kind: isImportKind(kind) ? kind : undefined,
      mapping: mapping.success ? mapping.data : {},
      ...readAs(form.get("encoding"), form.get("separator")),
    });
    return data<ActionResult>({ intent: "repreview", token, preview });
  }

  if (intent === "undo") {
    const batch = Number(form.get("batch"));
    if (!Number.isInteger(batch)) return data<ActionResult>({ intent: "error", error: importReply("whichBatch") }, { status: 400 });
    if (form.get("confirm") !== "yes") {
      return data<ActionResult>({ intent: "error", error: importReply("notConfirmed") }, { status: 400 });
    }
    // undo waits its turn in the writer queue (an import of any merchant may be running), and
    // writes its audit entry while it holds it
    const r = await withWriter(db, { kind: "undo", merchant: merchant.slug, label: `batch ${batch}` }, () => {
      const before = undoPreview(db, merchant, batch);
      const done = undoBatch(db, merchant, batch);
      if (done.ok) audit("undo", { batches: done.batchIds, removed: done.removed, restored: done.restored, gmv: before?.gmv ?? null });
      return done;
    });
    if (!r.ok) return data<ActionResult>({ intent: "error", error: r.code }, { status: 400 });
    warmForecastsInBackground(db.$client.name, merchant.slug);
    return data<ActionResult>({
      intent: "undone",
      message: undoneMessage(r),
    });
  }

  if (intent === "start") {
    const parsed = startSchema.safeParse({
      tokens: form.getAll("token").map(String),
      skipBadRows: form.get("skipBadRows") === "on",
      dryRun: form.get("mode") === "dry-run",
    });
    if (!parsed.success) return data<ActionResult>({ intent: "error", error: importReply("uploadFirst") }, { status: 400 });
    const jobs = [];
    for (const token of parsed.data.tokens) {
      const upload = findUpload(merchant.id, token);
      if (!upload) return data<ActionResult>({ intent: "error", error: importReply("anUploadGone") }, { status: 400 });
      const kind = kindSchema.safeParse(form.get(`kind:${token}`));
      if (!kind.success) {
        return data<ActionResult>({ intent: "error", error: importReply("chooseKind", { file: upload.fileName }) }, { status: 400 });
      }
      const mapping = mappingSchema.safeParse(String(form.get(`mapping:${token}`) ?? "{}"));
      if (!mapping.success) return data<ActionResult>({ intent: "error", error: importReply("mappingUnreadable") }, { status: 400 });
      jobs.push({
        upload,
        kind: kind.data,
        mapping: mapping.data,
        save: form.get(`save:${token}`) === "1",
        ...readAs(form.get(`encoding:${token}`), form.get(`separator:${token}`)),
      });
    }
    // the mappings are checked now and saved by the job, under the writer's turn
    for (const job of jobs) {
      if (!job.save || parsed.data.dryRun || Object.keys(job.mapping).length === 0) continue;
      const problems = mappingProblemMessages(job.kind, job.mapping);
      if (problems.length) return data<ActionResult>({ intent: "error", error: problems }, { status: 400 });
    }
    const files: ImportJobFile[] = jobs.map((job) => ({
      kind: job.kind,
      path: job.upload.path,
      fileName: job.upload.fileName,
      uploadToken: job.upload.token,
      mapping: job.mapping,
      encoding: job.encoding,
      separator: job.separator,
      saveMapping: job.save,
    }));
    // queued at once; a process of its own imports them when the writer queue gives it its turn
    const jobId = startImportJob(db, merchant, {
      files,
      skipBadRows: parsed.data.skipBadRows,
      dryRun: parsed.data.dryRun,
      who: { user: { id: user.id, email: user.email }, ip: clientIp(request) },
    });
    // after a dry run the files stay on the page, ready to be imported
    const previews: PreviewFile[] = [];
    if (parsed.data.dryRun) {
      for (const job of jobs) {
        const { upload } = job;
        previews.push({
          token: upload.token,
          preview: await previewFile(db, merchant, {
            path: upload.path,
            fileName: upload.fileName,
            size: upload.size,
            kind: job.kind,
            mapping: job.mapping,
            encoding: job.encoding,
            separator: job.separator,
          }),
        });
      }
    }
    return data<ActionResult>({ intent: "started", jobId, attemptIds: [], dryRun: parsed.data.dryRun, files: previews });
  }

  return data<ActionResult>({ intent: "error", error: importReply("unknownAction") }, { status: 400 });
}

const encodingSchema = z.enum(["utf-8", "gb18030"]);
const separatorSchema = z.enum([",", ";", "\t"]);

/** The encoding and separator the merchant chose instead of the detected ones (CSV only). */
function readAs(encoding: FormDataEntryValue | null, separator: FormDataEntryValue | null) {
  const e = encodingSchema.safeParse(encoding);
  const s = separatorSchema.safeParse(separator);
  return { encoding: e.success ? e.data : undefined, separator: s.success ? s.data : undefined };
}

/** A reply of the action in the page's language, the data inside it (file names, columns, ids) marked. */
function Reply({ m }: { m: Message | Message[] }) {
  const { t } = useTranslation();
  return (
    <>
      {(Array.isArray(m) ? m : [m]).map((x, i) => (
        <p key={i} style={{ margin: 0 }}>
          <DataText text={messageText(t, x)} data={messageData(x)} />
        </p>
      ))}
    </>
  );
}

type ProgressData = {
  batches: { id: number; status: string; progress: Parameters<typeof ImportProgressBar>[0]["p"] | null }[];
  jobs: { id: number; state: "waiting" | "running" | "gone"; waiting: string | null; waitingMessage: Message | null; batchIds: number[] }[];
};

export default function ImportPage() {
  const { merchant, history, running, report, maxBytes, undo, jobs } = useLoaderData<typeof loader>();
  const uploadAction = useUploadAction();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state !== "idle";
  const progress = useFetcher<ProgressData>();
  const revalidator = useRevalidator();

  const liveJobs = progress.data?.jobs ?? [];
  const watchedJobs = useMemo(() => {
    const ids = new Set(jobs);
    if (result?.intent === "started") ids.add(result.jobId);
    return [...ids].sort((a, b) => a - b);
  }, [jobs, result]);
  const openJobs = watchedJobs.filter((id) => liveJobs.find((j) => j.id === id)?.state !== "gone");
  const watched = useMemo(() => {
    const ids = new Set(running);
    if (result?.intent === "started") for (const id of result.attemptIds) ids.add(id);
    for (const j of liveJobs) for (const id of j.batchIds) ids.add(id);
    return [...ids].sort((a, b) => a - b);
  }, [running, result, liveJobs]);
  const live = progress.data?.batches ?? [];
  const stillRunning = watched.filter((id) => {
    const b = live.find((x) => x.id === id);
    return !b || b.status === "running";
  });
  const waitingJobs = liveJobs.filter((j) => j.state === "waiting" && openJobs.includes(j.id));

  // poll while anything runs or waits; when something finishes, reload the history and its report
  const key = stillRunning.join(",");
  const jobKey = openJobs.join(",");
  useEffect(() => {
    if (!key && !jobKey) return;
    const load = () => progress.load(`/m/${merchant.slug}/import/progress?ids=${key}&jobs=${jobKey}`);
    load();
    const t = setInterval(load, 700);
    return () => clearInterval(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, jobKey, merchant.slug]);
  const finishedCount = live.filter((b) => b.status !== "running").length + liveJobs.filter((j) => j.state === "gone").length;
  useEffect(() => {
    if (finishedCount > 0) revalidator.revalidate();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [finishedCount]);

  // kept in state: a revalidation (when an import finishes) clears the action's data
  const [previews, setPreviews] = useState<PreviewFile[]>([]);
  const { t } = useTranslation();
  useEffect(() => {
    if (result?.intent === "preview" || result?.intent === "started") setPreviews(result.files);
  }, [result]);
  return (
    <div>
      <div className="page-header">
        <div>
          <h1>{t("importer.title")}</h1>
          <div className="sub">{t("importer.sub", { gb: Math.round(maxBytes / 1024 ** 3) })}</div>
        </div>
      </div>

      {result?.intent === "error" && (
        <div className="card" role="alert" style={{ borderColor: "var(--bad)", color: "var(--bad)", marginBottom: 14 }}>
          <Reply m={result.error} />
        </div>
      )}
      {undo && result?.intent !== "undone" ? <UndoConfirm preview={undo} currency={merchant.currency} busy={busy} /> : null}
      {result?.intent === "undone" && (
        <div className="card" role="status" style={{ marginBottom: 14 }}>
          <Reply m={result.message} />
        </div>
      )}

      <Form method="post" encType="multipart/form-data" action={uploadAction} className="card" style={{ marginBottom: 14 }}>
        <FilePicker id="import-files" name="files" accept=".csv,.tsv,.txt,.xlsx,.json,.ndjson,.jsonl" />
        <div style={{ marginTop: 10 }}>
          <button className="btn btn-primary" type="submit" disabled={busy}>
            {busy && navigation.formEncType === "multipart/form-data" ? t("importer.uploading") : t("importer.preview")}
          </button>
        </div>
      </Form>

      {previews.length > 0 && (
        <Form method="post" key={previews.map((p) => p.token).join(",")}>
          <CsrfField />
          <input type="hidden" name="intent" value="start" />
          {previews.map((f) => (
            <FilePreviewCard key={f.token} file={f} />
          ))}
          <div className="card" style={{ marginBottom: 14, display: "flex", gap: 12, alignItems: "center", flexWrap: "wrap" }}>
            <label>
              <input type="checkbox" name="skipBadRows" /> {t("importer.skipBad")}
            </label>
            <span style={{ flex: 1 }} />
            <button className="btn" type="submit" name="mode" value="dry-run" disabled={busy}>
              {t("importer.dryRun")}
            </button>
            <button className="btn btn-primary" type="submit" name="mode" value="import" disabled={busy}>
              {t("importer.importFiles", { count: previews.length })}
            </button>
          </div>
        </Form>
      )}

      {waitingJobs.length > 0 && (
        <div className="card" role="status" style={{ marginBottom: 14 }} data-import-waiting="">
          {waitingJobs.map((j) => (
            <p key={j.id}>{j.waitingMessage ? <DataText text={messageText(t, j.waitingMessage)} data={messageData(j.waitingMessage)} /> : j.waiting}</p>
          ))}
        </div>
      )}

      {stillRunning.length > 0 && (
        <div className="card" style={{ marginBottom: 14 }} aria-label={t("importer.inProgress")}>
          {stillRunning.map((id) => {
            const b = live.find((x) => x.id === id);
            const h = history.find((x) => x.id === id);
            const p = b?.progress ?? {
              fileName: h?.fileName ?? t("importUndo.batchRef", { batch: id }),
              kind: h?.kind ?? "",
              phase: "queued" as const,
              rowsDone: 0,
              percent: null,
              rowsPerSecond: null,
            };
            return <ImportProgressBar key={id} p={p} />;
          })}
        </div>
      )}

      {report && stillRunning.length === 0 && openJobs.length === 0 && (
        <div style={{ marginBottom: 14 }}>
          <ImportReportView report={report} rejectedHref={report.rejectedFile ? `/m/${merchant.slug}/import/rejected/${report.attemptId}` : null} />
        </div>
      )}

      <div className="card">
        <div className="card-head">
          <h2>{t("importer.history")}</h2>
          <span className="hint">{t("importer.historyHint")}</span>
        </div>
        <BatchHistory batches={history} timezone={merchant.timezone} busy={busy} />
      </div>
    </div>
  );
}
