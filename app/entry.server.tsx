import { Writable } from "node:stream";
import { randomBytes } from "node:crypto";
import type { EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { i18nFor, localeOf } from "./i18n/i18next.server";
import { NonceContext } from "./root";
import { securityHeaders } from "./services/security-headers.server";

const ABORT_DELAY = 15_000;

export default async function handleRequest(request: Request, status: number, headers: Headers, context: EntryContext) {
  // the page renders in the request's language; the root loader reports the same one to <html lang>
  const i18n = await i18nFor(await localeOf(request));
  const nonce = randomBytes(16).toString("base64");
  return new Promise((resolve, reject) => {
    let responded = false;
    // cut a render still going after ABORT_DELAY; a finished one lets go of its timer (and of
    // everything the timer's closure holds) at once
    let timer: ReturnType<typeof setTimeout> | undefined;
    const { pipe, abort } = renderToPipeableStream(
      <I18nextProvider i18n={i18n}>
        <NonceContext.Provider value={nonce}>
          <RemixServer context={context} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </NonceContext.Provider>
      </I18nextProvider>,
      {
        nonce,
        onAllReady() {
          clearTimeout(timer);
          respond();
        },
        onShellError(error: unknown) {
          clearTimeout(timer);
          reject(error);
        },
        onError(error: unknown) {
          status = 500;
          if (responded) console.error(error);
        },
      },
    );
    timer = setTimeout(abort, ABORT_DELAY);

    function respond() {
      responded = true;
      headers.set("Content-Type", "text/html; charset=utf-8");
      headers.set("Content-Language", i18n.language);
      headers.append("Vary", "Accept-Language, Cookie");
      for (const [k, v] of Object.entries(securityHeaders(nonce))) headers.set(k, v);
      // No page waits on data after its shell (no deferred loader data), so the document goes
      // out whole: one body instead of React's pieces each passed through two streams. (React
      // writes the text in pieces of at least 8 KB: patches/README.md.)
      const chunks: Buffer[] = [];
      const body = new Writable({
        write(chunk: Buffer, _encoding, done) {
          chunks.push(chunk);
          done();
        },
        final(done) {
          resolve(new Response(Buffer.concat(chunks), { headers, status }));
          done();
        },
      });
      pipe(body);
    }
  });
}

/** Data and resource responses get the same non-CSP headers (they are never rendered as pages). */
export function handleDataRequest(response: Response) {
  for (const [k, v] of Object.entries(securityHeaders(null))) response.headers.set(k, v);
  return response;
}
