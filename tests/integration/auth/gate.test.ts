// The gate under every route: who may see which merchant and do what.
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../../db/client";
import { requireMerchant, requireUser } from "../../../app/services/route-context.server";
import { grant } from "../../../app/services/auth/people.server";
import { appDb, memberOf, page, person, post, signedIn, thrown, twoAgencies, ORIGIN } from "./helpers";

let db: Db;
let shops: ReturnType<typeof twoAgencies>;

beforeEach(() => {
  db = appDb();
  shops = twoAgencies(db);
});

describe("requireMerchant", () => {
  it("sends an anonymous page request to sign-in and back, and answers an anonymous data request 401", async () => {
    const r = await thrown(requireMerchant(page("/m/shop-a/fact?from=2026-01-01"), "shop-a"));
    expect(r?.status).toBe(302);
    expect(r?.headers.get("location")).toBe(`/signin?next=${encodeURIComponent("/m/shop-a/fact?from=2026-01-01")}`);
    const data = await thrown(requireMerchant(new Request(`${ORIGIN}/m/shop-a/fact/export?table=x`), "shop-a", "export"));
    expect(data?.status).toBe(401);
    expect(await data?.text()).not.toContain("shop-a");
  });

  it("answers a merchant of another workspace exactly like one that does not exist", async () => {
    const owner = await memberOf(db, "owner@a.test", "agency-a", "owner");
    const { cookie } = await signedIn(db, owner.id);
    const other = await thrown(requireMerchant(page("/m/shop-b", cookie), "shop-b"));
    const missing = await thrown(requireMerchant(page("/m/nope", cookie), "nope"));
    expect(other?.status).toBe(404);
    expect(missing?.status).toBe(404);
    expect(await other?.text()).toBe(await missing?.text());
    const own = await requireMerchant(page("/m/shop-a", cookie), "shop-a");
    expect(own.merchant.slug).toBe("shop-a");
    expect(own.role).toBe("owner");
  });

  it("lets a client granted one merchant see that merchant and nothing else of the workspace", async () => {
    const shopC = (await import("../../helpers/db")).makeMerchant(db, "shop-c");
    const { moveMerchantToWorkspace } = await import("../../../app/services/auth/people.server");
    moveMerchantToWorkspace(db, shopC.id, shops.wa);
    const client = await person(db, "client@a.test");
    grant(db, client.id, { merchant: shops.a }, "viewer");
    const { cookie } = await signedIn(db, client.id);
    expect((await requireMerchant(page("/m/shop-a", cookie), "shop-a")).role).toBe("viewer");
    expect((await thrown(requireMerchant(page("/m/shop-c", cookie), "shop-c")))?.status).toBe(404);
  });

  it("refuses a forbidden action on a visible merchant with 403 naming the role needed", async () => {
    const viewer = await memberOf(db, "viewer@a.test", "agency-a", "viewer");
    const { cookie, csrf } = await signedIn(db, viewer.id);
    const r = await thrown(
      requireMerchant(post("/m/shop-a/settings", { _csrf: csrf }, { cookie, origin: ORIGIN, "sec-fetch-site": "same-origin" }), "shop-a", "settings"),
    );
    expect(r?.status).toBe(403);
    expect(await r?.json()).toMatchObject({ forbidden: true, needed: "analyst", role: "viewer" });
    // reading and exporting are a viewer's
    await expect(requireMerchant(page("/m/shop-a/fact/export", cookie), "shop-a", "export")).resolves.toMatchObject({ role: "viewer" });
  });

  it("takes a removed member's access away at once, even with an open session", async () => {
    const analyst = await memberOf(db, "analyst@a.test", "agency-a", "analyst");
    const { cookie } = await signedIn(db, analyst.id);
    await requireMerchant(page("/m/shop-a", cookie), "shop-a");
    db.$client.prepare("DELETE FROM memberships WHERE user_id = ?").run(analyst.id);
    expect((await thrown(requireMerchant(page("/m/shop-a", cookie), "shop-a")))?.status).toBe(404);
  });
});

describe("cross-site requests", () => {
  it("refuses a cross-site form post that would change data, whatever it carries", async () => {
    const owner = await memberOf(db, "owner@a.test", "agency-a", "owner");
    const { cookie, csrf } = await signedIn(db, owner.id);
    const crossSite = await thrown(
      requireMerchant(
        post("/m/shop-a/import", { intent: "undo", batch: "1", confirm: "yes", _csrf: csrf }, { cookie, origin: "https://evil.example", "sec-fetch-site": "cross-site" }),
        "shop-a",
        "undo",
      ),
    );
    expect(crossSite?.status).toBe(403);
    const foreignOrigin = await thrown(
      requireMerchant(post("/m/shop-a/import", { _csrf: csrf }, { cookie, origin: "https://evil.example" }), "shop-a", "undo"),
    );
    expect(foreignOrigin?.status).toBe(403);
  });

  it("refuses a same-site post without the session's token, and accepts it with the token", async () => {
    const owner = await memberOf(db, "owner@a.test", "agency-a", "owner");
    const { cookie, csrf } = await signedIn(db, owner.id);
    const headers = { cookie, origin: ORIGIN, "sec-fetch-site": "same-origin" };
    expect((await thrown(requireMerchant(post("/m/shop-a/settings", {}, headers), "shop-a", "settings")))?.status).toBe(403);
    expect((await thrown(requireMerchant(post("/m/shop-a/settings", { _csrf: "wrong" }, headers), "shop-a", "settings")))?.status).toBe(403);
    const ok = await requireMerchant(post("/m/shop-a/settings", { _csrf: csrf }, headers), "shop-a", "settings");
    expect(ok.merchant.slug).toBe("shop-a");
    // an upload carries the token in its URL (the multipart body is not read twice)
    const upload = new Request(`${ORIGIN}/m/shop-a/import?_csrf=${csrf}`, {
      method: "POST",
      headers: { ...headers, host: "127.0.0.1:3000", "content-type": "multipart/form-data; boundary=x" },
      body: "--x--",
    });
    await expect(requireMerchant(upload, "shop-a", "import")).resolves.toMatchObject({ role: "owner" });
  });

  it("needs a session for any write, and says 401 without one", async () => {
    expect((await thrown(requireUser(post("/signout", {}))))?.status).toBe(401);
  });
});
