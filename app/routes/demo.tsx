// "Open the demo": signs in as the demo owner, only while that account keeps its generated password.
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { getDb } from "~/db.server";
import { audit } from "~/services/audit.server";
import { clientIp } from "~/services/auth/client-ip.server";
import { notFound, refuseCrossSite } from "~/services/auth/gate.server";
import { openDemoDoor } from "~/services/auth/people.server";
import { startSession } from "~/services/auth/session.server";

export async function loader() {
  throw notFound();
}

export async function action({ request }: ActionFunctionArgs) {
  refuseCrossSite(request);
  const db = getDb();
  const user = await openDemoDoor(db);
  if (!user) throw notFound();
  audit(db, { user, ip: clientIp(request) }, {}, "sign_in", { demo: true });
  return redirect("/m/demo", { headers: { "Set-Cookie": await startSession(db, request, user.id) } });
}
