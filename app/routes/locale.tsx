// The language switch's target: saves the choice with the signed-in person (and in a cookie, so
// the sign-in page keeps it too), then goes back to the page the switch was on.
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { safeNextPath } from "~/domain/auth/next-path";
import { matchLocale } from "~/domain/locale-format";
import { localeCookie } from "~/i18n/i18next.server";
import { setUserLocale } from "~/queries/auth/users.server";
import { currentUser, notFound, refuseCrossSite, requireUser } from "~/services/auth/gate.server";

export async function loader() {
  throw notFound();
}

export async function action({ request }: ActionFunctionArgs) {
  // signed in: the gate checks the form's token; anonymous: only where the request came from
  const signedIn = await currentUser(request);
  if (signedIn) await requireUser(request);
  else refuseCrossSite(request);
  const form = await request.formData();
  const locale = matchLocale(String(form.get("lng") ?? ""));
  const back = safeNextPath(form.get("redirectTo"));
  if (!locale) return redirect(back);
  if (signedIn) setUserLocale(signedIn.db, signedIn.user.id, locale);
  return redirect(back, { headers: { "Set-Cookie": await localeCookie.serialize(locale) } });
}
