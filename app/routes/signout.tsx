// Sign-out (this browser), or everywhere: a POST, never a GET.
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { audit } from "~/services/audit.server";
import { clientIp } from "~/services/auth/client-ip.server";
import { notFound } from "~/services/auth/gate.server";
import { endAllSessions, endSession } from "~/services/auth/session.server";
import { requireUser } from "~/services/route-context.server";

export async function loader() {
  throw notFound();
}

export async function action({ request }: ActionFunctionArgs) {
  const { db, user } = await requireUser(request);
  const form = await request.formData();
  const everywhere = form.get("everywhere") === "yes";
  if (everywhere) endAllSessions(db, user.id);
  audit(db, { user, ip: clientIp(request) }, {}, "sign_out", { everywhere });
  return redirect("/signin", { headers: { "Set-Cookie": await endSession(db, request) } });
}
