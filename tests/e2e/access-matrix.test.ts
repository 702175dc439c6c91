// Every route of Remix's manifest, requested as anonymous, as each role of merchant A and as a
// client granted A alone, against merchant B's slug and B's ids: nothing of B comes back, and
// the statuses are the gate's (302/401 anonymous, 404 hidden, 403 forbidden). A route added later
// is covered without editing this test; a route that takes no merchant must be listed below.
import { mkdtempSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "../../db/client";
import { can, type MerchantAction, type Role } from "../../app/domain/auth/roles";
import { createUser, createWorkspace, findWorkspace, grant, moveMerchantToWorkspace } from "../../app/services/auth/people.server";
import { importFile } from "../../app/services/import/import.server";
import { createMerchant, findMerchant } from "../../app/services/merchants.server";
import { savePhaseReport } from "../../app/services/phases/saved-reports.server";
import { insertPlan } from "../../app/queries/planner/insert-plan.server";
import { apiSession, startApp, type RunningApp } from "./harness";

const root = resolve(import.meta.dirname, "..", "..");

/** Routes that take no merchant, and why they are safe to leave out of the matrix. */
const NO_MERCHANT: Record<string, string> = {
  root: "the document shell: shows only who is signed in (checked on every page below)",
  "routes/_index": "the portfolio: lists only the viewer's own merchants (checked below)",
  "routes/signin": "the sign-in form; a signed-in visitor is sent on",
  "routes/signout": "ends the caller's own session",
  "routes/demo": "opens the demo only while its generated password holds",
  "routes/account": "the caller's own password and sessions",
  "routes/invite.$token": "what an invitation link grants; the token is the secret",
  "routes/locale": "sets the caller's own interface language",
};

/** What each merchant route needs beyond reading, for GET and for POST. */
const NEEDS: Record<string, { get?: MerchantAction; post?: MerchantAction }> = {
  "routes/m.$merchant.members": { get: "members", post: "members" },
  "routes/m.$merchant.audit": { get: "audit" },
  "routes/m.$merchant.audit.export": { get: "audit" },
  "routes/m.$merchant.jobs": { get: "audit" },
  "routes/m.$merchant.delete": { get: "delete", post: "delete" },
  "routes/m.$merchant.import": { get: "read", post: "import" },
  "routes/m.$merchant.settings": { get: "read", post: "settings" },
  "routes/m.$merchant.phases.definitions": { get: "read", post: "settings" },
  "routes/m.$merchant.reports": { get: "read", post: "report" },
  "routes/m.$merchant.plans._index": { get: "read", post: "plan" },
  "routes/m.$merchant.plans.$plan": { get: "read", post: "plan" },
  "routes/m.$merchant.plans.new": { get: "read", post: "plan" },
  "routes/m.$merchant.plans.suggest": { get: "read", post: "plan" },
  "routes/m.$merchant.creators.$account": { get: "read", post: "plan" },
};

const B_SECRETS = ["Bravo秘密店", "BRAVO-ORDER-1", "BRAVO-SECRET-PRODUCT", "BRAVO-CREATOR", "bravo-saved-report", "BRAVO-PLAN"];

interface Ids {
  order: string;
  batch: number;
  report: number;
  plan: number;
  account: string;
}
const ids: { a?: Ids; b?: Ids } = {};

function write(dir: string, name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

async function seed(dbPath: string): Promise<void> {
  const db = openDb(dbPath);
  const dir = mkdtempSync(join(tmpdir(), "factloop-matrix-"));
  for (const [key, slug, name, prefix] of [
    ["a", "shop-a", "Alpha Shop", "ALPHA"],
    ["b", "shop-b", "Bravo秘密店", "BRAVO"],
  ] as const) {
    const ws = createWorkspace(db, { slug: `agency-${key}` });
    const m = createMerchant(db, { slug, name, category: "beauty" });
    if (!ws.ok || !m.ok) throw new Error("setup");
    moveMerchantToWorkspace(db, m.merchant.id, ws.workspace.id);
    const merchant = findMerchant(db, slug)!;
    await importFile(db, merchant, {
      kind: "accounts",
      path: write(dir, `${key}-accounts.csv`, `account_id,name,kind,followers\n${prefix}-K1,${prefix}-CREATOR,creator,2000000\n`),
    });
    const orders = await importFile(db, merchant, {
      kind: "orders",
      path: write(
        dir,
        `${key}-orders.csv`,
        `order_id,paid_at,gmv,product_name,channel,account_id,buyer_id,status\n${prefix}-ORDER-1,2026-06-01 10:00:00,100.00,${prefix}-SECRET-PRODUCT,video,${prefix}-K1,b1,paid\n${prefix}-ORDER-2,2026-06-02 10:00:00,50.00,<script>alert(1)</script>,mall,,b2,refunded\n`,
      ),
    });
    const saved = savePhaseReport(db, merchant, { name: `${key === "b" ? "bravo" : "alpha"}-saved-report`, params: "from=2026-06-01&to=2026-06-30&by=week" });
    if (!saved.ok || !orders.batchId) throw new Error("setup");
    // a stored plan with one line, written directly: the matrix needs its id, not its estimates
    const planId = insertPlan(
      db,
      {
        merchantId: merchant.id,
        name: `${prefix}-PLAN`,
        budget: 1_000_000,
        fromDay: "2026-07-01",
        toDay: "2026-07-07",
        objective: "manual",
        constraints: "{}",
        asOf: "2026-06-30",
        totals: JSON.stringify({
          budget: 1_000_000,
          cost: 10_000,
          budgetLeft: 990_000,
          expectedViews: 1000,
          expectedGmv: 20_000,
          gmvP10: 5_000,
          gmvP50: 18_000,
          gmvP90: 40_000,
          viewsP10: 500,
          viewsP90: 2000,
          roi: 2,
          creators: 1,
          posts: 1,
          byPillar: { T: { cost: 10_000, expectedGmv: 20_000, lines: 1 }, A: { cost: 0, expectedGmv: 0, lines: 0 } },
          byIntent: { seeding: { cost: 0, expectedGmv: 0, lines: 0 }, harvesting: { cost: 10_000, expectedGmv: 20_000, lines: 1 } },
        }),
        createdAt: Date.now(),
      },
      [
        {
          position: 0,
          accountId: `${prefix}-K1`,
          format: "video",
          posts: 1,
          fromDay: "2026-07-01",
          toDay: "2026-07-07",
          intent: "harvesting",
          pillar: "T",
          cost: 10_000,
          expectedViews: 1000,
          expectedGmv: 20_000,
          gmvP10: 5_000,
          gmvP90: 40_000,
          snapshot: JSON.stringify({ name: `${prefix}-CREATOR` }),
          why: "",
        },
      ],
    );
    ids[key] = { order: `${prefix}-ORDER-1`, batch: orders.batchId, report: saved.report.id, plan: planId, account: `${prefix}-K1` };
  }
  const roles: Role[] = ["owner", "analyst", "viewer"];
  for (const role of roles) {
    const u = await createUser(db, { email: `${role}@a.test`, password: "matrix-password" });
    if (!u.ok) throw new Error(u.error);
    grant(db, u.user.id, { workspace: findWorkspace(db, "agency-a")! }, role);
  }
  const client = await createUser(db, { email: "client@a.test", password: "matrix-password" });
  if (!client.ok) throw new Error(client.error);
  grant(db, client.user.id, { merchant: findMerchant(db, "shop-a")! }, "viewer");
  db.$client.close();
}

interface RouteInfo {
  id: string;
  path: string;
  loader: boolean;
  action: boolean;
}

async function manifestRoutes(): Promise<RouteInfo[]> {
  const build = (await import(pathToFileURL(join(root, "build", "server", "index.js")).href)) as {
    routes: Record<string, { id: string; parentId?: string; path?: string; module: { loader?: unknown; action?: unknown } }>;
  };
  const full = (id: string): string => {
    const r = build.routes[id];
    const own = r.path ?? "";
    const parent = r.parentId && r.parentId !== "root" ? full(r.parentId) : "";
    return [parent, own].filter(Boolean).join("/");
  };
  return Object.values(build.routes).map((r) => ({ id: r.id, path: `/${full(r.id)}`, loader: !!r.module.loader, action: !!r.module.action }));
}

/** A route's URL for a merchant and that merchant's ids; unknown params fail loudly. */
function urlFor(path: string, slug: string, own: Ids): string {
  return path.replace(/:(\w+)\??|\*/g, (_m, name?: string) => {
    if (name === undefined) return "no-such-page";
    if (name === "merchant") return slug;
    if (name === "order") return own.order;
    if (name === "batch") return String(own.batch);
    if (name === "report" || name === "id") return String(own.report);
    if (name === "plan") return String(own.plan);
    if (name === "account") return own.account;
    throw new Error(`The access matrix has no value for :${name} in ${path}: add B's id for it to urlFor`);
  });
}

/** None of B's names or ids in a body, except what the request itself named in its URL. */
function noSecrets(body: string, what: string): void {
  for (const s of B_SECRETS) {
    if (what.includes(s)) continue;
    expect(body.includes(s), `${what} leaked "${s}"`).toBe(false);
  }
}

describe("access matrix", () => {
  let app: RunningApp;
  let routes: RouteInfo[];
  const sessions: Record<string, { cookie: string; csrf: string }> = {};
  const personas: { name: string; role: Role }[] = [
    { name: "owner", role: "owner" },
    { name: "analyst", role: "analyst" },
    { name: "viewer", role: "viewer" },
    { name: "client", role: "viewer" },
  ];

  beforeAll(async () => {
    app = await startApp({ seed });
    routes = await manifestRoutes();
    for (const p of personas) sessions[p.name] = await apiSession(app.baseUrl, `${p.name}@a.test`, "matrix-password");
  });
  afterAll(async () => {
    await app?.stop();
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    fetch(`${app.baseUrl}${url}`, { headers, redirect: "manual" }).then(async (r) => ({ status: r.status, body: await r.text(), location: r.headers.get("location") }));
  const post = (url: string, s: { cookie: string; csrf: string } | null, body: Record<string, string> = {}) =>
    fetch(`${app.baseUrl}${url}`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: app.baseUrl, "sec-fetch-site": "same-origin", ...(s ? { cookie: s.cookie } : {}) },
      body: new URLSearchParams({ ...(s ? { _csrf: s.csrf } : {}), ...body }),
    }).then(async (r) => ({ status: r.status, body: await r.text() }));

  it("lists every route that takes no merchant, with why", () => {
    const unlisted = routes.filter((r) => !r.path.includes(":merchant") && !(r.id in NO_MERCHANT)).map((r) => r.id);
    expect(unlisted, "routes without :merchant must be listed in NO_MERCHANT with a reason").toEqual([]);
  });

  it("gives anonymous visitors nothing of any merchant: pages go to sign-in, data gets 401", async () => {
    for (const r of routes.filter((x) => x.path.includes(":merchant"))) {
      const url = urlFor(r.path, "shop-b", ids.b!);
      if (r.loader) {
        const pageReq = await get(url, { accept: "text/html" });
        expect(pageReq.status, `GET ${url} (page)`).toBe(302);
        expect(pageReq.location).toBe(`/signin?next=${encodeURIComponent(url)}`);
        const dataReq = await get(url);
        expect(dataReq.status, `GET ${url} (data)`).toBe(401);
        noSecrets(dataReq.body, `GET ${url}`);
        const single = await get(`${url}.data`);
        expect(single.status, `GET ${url}.data`).toBe(401);
        noSecrets(single.body, `GET ${url}.data`);
      }
      if (r.action) {
        const res = await post(url, null, { intent: "undo", batch: String(ids.b!.batch), confirm: "yes" });
        expect(res.status, `POST ${url}`).toBe(401);
        noSecrets(res.body, `POST ${url}`);
      }
    }
  });

  it("answers every route of B, and every B id under A, with 404 for each role of A", async () => {
    for (const p of personas) {
      const s = sessions[p.name];
      for (const r of routes.filter((x) => x.path.includes(":merchant"))) {
        for (const [label, url] of [
          ["B's merchant", urlFor(r.path, "shop-b", ids.b!)],
          ["A's merchant with B's ids", urlFor(r.path, "shop-a", ids.b!)],
        ] as const) {
          if (label === "A's merchant with B's ids" && url === urlFor(r.path, "shop-a", ids.a!)) continue;
          if (r.loader) {
            const res = await get(url, { cookie: s.cookie, accept: "text/html" });
            // A's own routes that take no id render for A; the id of B must be unknown to them
            expect(res.status, `${p.name}: GET ${url} (${label})`).toBe(404);
            noSecrets(res.body, `${p.name}: GET ${url}`);
            const single = await get(`${url}.data`, { cookie: s.cookie });
            noSecrets(single.body, `${p.name}: GET ${url}.data`);
          }
          if (r.action && label === "B's merchant") {
            const res = await post(url, s, { intent: "undo", batch: String(ids.b!.batch), confirm: "yes" });
            expect(res.status, `${p.name}: POST ${url}`).toBe(404);
            noSecrets(res.body, `${p.name}: POST ${url}`);
          }
        }
      }
      const home = await get("/", { cookie: s.cookie, accept: "text/html" });
      expect(home.status).toBe(200);
      noSecrets(home.body, `${p.name}: the portfolio`);
      expect(home.body).toContain("Alpha Shop");
    }
    // and B's batch is still there: nothing of B was undone
    const db = openDb(app.dbPath);
    const status = db.$client.prepare("SELECT status FROM import_batches WHERE id = ?").get(ids.b!.batch) as { status: string };
    db.$client.close();
    expect(status.status).toBe("done");
  });

  it("gives each role of A its own pages, and 403 naming the role for what it may not do", async () => {
    for (const p of personas) {
      const s = sessions[p.name];
      for (const r of routes.filter((x) => x.path.includes(":merchant") && !x.path.includes("*"))) {
        const url = urlFor(r.path, "shop-a", ids.a!);
        const need = NEEDS[r.id] ?? {};
        if (r.loader) {
          const res = await get(url, { cookie: s.cookie, accept: "text/html" });
          const allowed = can(p.role, need.get ?? "read");
          // A's import stored no rejected rows, so its rejected-rows download is rightly absent
          // (a download asked for without its query, such as which table, is a 400 past the gate)
          const ok = r.id === "routes/m.$merchant.import.rejected.$batch" ? [404] : [200, 302, 400];
          if (allowed) expect(ok, `${p.name}: GET ${url}`).toContain(res.status);
          else expect(res.status, `${p.name}: GET ${url}`).toBe(403);
          noSecrets(res.body, `${p.name}: GET ${url}`);
        }
        if (r.action && need.post && !can(p.role, need.post)) {
          // a forged post by a role that may not: refused, nothing changes
          const res = await post(url, s, { intent: "undo", batch: String(ids.a!.batch), confirm: "yes" });
          expect(res.status, `${p.name}: POST ${url}`).toBe(403);
        }
      }
    }
    const db = openDb(app.dbPath);
    const status = db.$client.prepare("SELECT status FROM import_batches WHERE id = ?").get(ids.a!.batch) as { status: string };
    db.$client.close();
    expect(status.status).toBe("done");
  });

  it("shows imported text as text, never as markup", async () => {
    const s = sessions.owner;
    const db = openDb(app.dbPath);
    const orderId = "ALPHA-ORDER-2";
    db.$client.close();
    const res = await get(`/m/shop-a/orders/${orderId}`, { cookie: s.cookie, accept: "text/html" });
    expect(res.status).toBe(200);
    expect(res.body).not.toContain("<script>alert(1)</script>");
    expect(res.body).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("refuses a request for a host name that is not ours (DNS rebinding) before any route runs", async () => {
    const s = sessions.owner;
    // fetch() always sends the real Host, so speak HTTP directly, as a rebinding page's browser would
    const body = new URLSearchParams({ _csrf: s.csrf, intent: "undo", batch: String(ids.a!.batch), confirm: "yes" }).toString();
    const status = await new Promise<number>((ok, fail) => {
      const req = httpRequest(
        `${app.baseUrl}/m/shop-a/import`,
        {
          method: "POST",
          headers: { host: "evil.example", origin: "http://evil.example", cookie: s.cookie, "content-type": "application/x-www-form-urlencoded" },
        },
        (res) => {
          res.resume();
          ok(res.statusCode ?? 0);
        },
      );
      req.on("error", fail);
      req.end(body);
    });
    expect(status).toBe(421);
    const db = openDb(app.dbPath);
    const batch = db.$client.prepare("SELECT status FROM import_batches WHERE id = ?").get(ids.a!.batch) as { status: string };
    db.$client.close();
    expect(batch.status).toBe("done");
  });
});
