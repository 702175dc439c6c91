// The session's anti-forgery token, for every form that changes something.
import { useRouteLoaderData } from "@remix-run/react";
import type { loader as rootLoader } from "~/root";

export const CSRF_FIELD = "_csrf";

export function useCsrfToken(): string {
  const data = useRouteLoaderData<typeof rootLoader>("root");
  return data?.viewer?.csrf ?? "";
}

export function CsrfField() {
  return <input type="hidden" name={CSRF_FIELD} value={useCsrfToken()} />;
}

/** An upload form's action: multipart bodies are not read twice, so the token rides in the URL. */
export function useUploadAction(path = ""): string {
  return `${path}?${CSRF_FIELD}=${encodeURIComponent(useCsrfToken())}`;
}
