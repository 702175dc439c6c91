// Where the page's uploads wait between preview and import: a folder per merchant in the temp
// directory, each file under a random token (the original name is kept beside it, not trusted as
// a path).
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Uploads older than this are removed the next time someone uploads. */
const KEEP_MS = 24 * 60 * 60 * 1000;

/** All merchants' waiting uploads together take at most this much disk (FACTLOOP_UPLOADS_MAX_BYTES, default 4 GiB). */
export function uploadsMaxBytes(): number {
  const n = Number(process.env.FACTLOOP_UPLOADS_MAX_BYTES);
  return Number.isFinite(n) && n > 0 ? n : 4 * 1024 ** 3;
}

/** Bytes the waiting uploads of every merchant take now. */
export function uploadsDiskUse(): number {
  const top = join(tmpdir(), "factloop-uploads");
  if (!existsSync(top)) return 0;
  let total = 0;
  for (const m of readdirSync(top)) {
    const dir = join(top, m);
    try {
      for (const f of readdirSync(dir)) total += statSync(join(dir, f)).size;
    } catch {
      // removed meanwhile
    }
  }
  return total;
}

/** Whether an upload of `bytes` more would pass the bound; then the page asks to wait or import what waits (importReply.uploadsFull). */
export function uploadsFull(bytes: number): boolean {
  return uploadsDiskUse() + bytes > uploadsMaxBytes();
}

export function uploadDir(merchantId: number): string {
  const dir = join(tmpdir(), "factloop-uploads", String(merchantId));
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function newUploadToken(): string {
  return randomUUID();
}

const TOKEN = /^[0-9a-f-]{36}$/;

export interface Upload {
  token: string;
  path: string;
  fileName: string;
  size: number;
}

/** Records the original name of an upload written by the upload handler. */
export function rememberUpload(merchantId: number, token: string, fileName: string): void {
  writeFileSync(join(uploadDir(merchantId), `${token}.name`), fileName);
}

export function findUpload(merchantId: number, token: string): Upload | null {
  if (!TOKEN.test(token)) return null;
  const dir = uploadDir(merchantId);
  const path = join(dir, `${token}.upload`);
  if (!existsSync(path)) return null;
  const namePath = join(dir, `${token}.name`);
  const fileName = existsSync(namePath) ? readFileSync(namePath, "utf8") : "upload";
  return { token, path, fileName, size: statSync(path).size };
}

export function removeUpload(merchantId: number, token: string): void {
  if (!TOKEN.test(token)) return;
  const dir = uploadDir(merchantId);
  rmSync(join(dir, `${token}.upload`), { force: true });
  rmSync(join(dir, `${token}.name`), { force: true });
}

export function removeStaleUploads(merchantId: number, now = Date.now()): void {
  const dir = uploadDir(merchantId);
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    try {
      if (now - statSync(p).mtimeMs > KEEP_MS) rmSync(p, { force: true });
    } catch {
      // removed meanwhile
    }
  }
}
