// Sign-in, sessions, throttling and invitations.
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../../db/client";
import { hashPassword, verifyPassword } from "../../../app/services/auth/password.server";
import { changePassword, checkSignIn, SIGN_IN_FAILED } from "../../../app/services/auth/people.server";
import { endAllSessions, endSession, readSession, startSession } from "../../../app/services/auth/session.server";
import { acceptInvitation, cancelInvitation, createInvitation, lookUpInvitation } from "../../../app/services/auth/invitations.server";
import { requireMerchant } from "../../../app/services/route-context.server";
import { getUserById } from "../../../app/queries/auth/users.server";
import { appDb, memberOf, page, person, signedIn, thrown, twoAgencies, ORIGIN } from "./helpers";

let db: Db;
beforeEach(() => {
  db = appDb();
});

describe("passwords", () => {
  it("are stored as salted scrypt hashes and verified", async () => {
    const h = await hashPassword("correct horse battery");
    expect(h).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(h).not.toContain("correct");
    expect(await verifyPassword("correct horse battery", h)).toBe(true);
    expect(await verifyPassword("correct horse batterY", h)).toBe(false);
    expect(await hashPassword("correct horse battery")).not.toBe(h);
  });
});

describe("sign-in", () => {
  it("fails with the same words for an unknown email and a wrong password", async () => {
    await person(db, "known@a.test", "correct horse battery");
    const unknown = await checkSignIn(db, { email: "nobody@a.test", password: "whatever12345", ip: "10.0.0.1" });
    const wrong = await checkSignIn(db, { email: "known@a.test", password: "whatever12345", ip: "10.0.0.2" });
    expect(unknown).toEqual({ ok: false, error: SIGN_IN_FAILED });
    expect(wrong).toEqual({ ok: false, error: SIGN_IN_FAILED });
    expect(await checkSignIn(db, { email: " Known@A.test ", password: "correct horse battery", ip: "10.0.0.3" })).toMatchObject({ ok: true });
  });

  it("is throttled per account: after five failures even the right password waits", async () => {
    await person(db, "target@a.test", "correct horse battery");
    const t0 = 1_800_000_000_000;
    for (let i = 0; i < 5; i++) {
      expect(await checkSignIn(db, { email: "target@a.test", password: `guess-${i}-xxxxx`, ip: `10.0.1.${i}` }, t0 + i)).toMatchObject({ ok: false, error: SIGN_IN_FAILED });
    }
    // the sixth failure starts a wait
    await checkSignIn(db, { email: "target@a.test", password: "guess-6-xxxxx", ip: "10.0.1.9" }, t0 + 10);
    const held = await checkSignIn(db, { email: "target@a.test", password: "correct horse battery", ip: "10.0.2.1" }, t0 + 20);
    expect(held).toMatchObject({ ok: false, waitSeconds: 30 });
    // after the wait, the right password works and clears the count
    expect(await checkSignIn(db, { email: "target@a.test", password: "correct horse battery", ip: "10.0.2.1" }, t0 + 40_000)).toMatchObject({ ok: true });
  });

  it("is throttled per address across many accounts", async () => {
    const t0 = 1_800_000_000_000;
    for (let i = 0; i < 21; i++) await checkSignIn(db, { email: `spray${i}@a.test`, password: "guess-xxxxxxx", ip: "10.9.9.9" }, t0 + i);
    await person(db, "real@a.test", "correct horse battery");
    expect(await checkSignIn(db, { email: "real@a.test", password: "correct horse battery", ip: "10.9.9.9" }, t0 + 100)).toMatchObject({ ok: false });
    expect(await checkSignIn(db, { email: "real@a.test", password: "correct horse battery", ip: "10.9.9.8" }, t0 + 100)).toMatchObject({ ok: true });
  });
});

describe("sessions", () => {
  it("set an httpOnly, SameSite=Lax cookie, Secure only over https", async () => {
    const u = await person(db, "c@a.test");
    const plain = await startSession(db, new Request(`${ORIGIN}/signin`, { method: "POST" }), u.id);
    expect(plain).toMatch(/HttpOnly/i);
    expect(plain).toMatch(/SameSite=Lax/i);
    expect(plain).not.toMatch(/Secure/i);
    const tls = await startSession(db, new Request("https://factloop.example/signin", { method: "POST" }), u.id);
    expect(tls).toMatch(/Secure/i);
  });

  it("are new at every sign-in: the cookie a browser brought no longer works", async () => {
    const u = await person(db, "rot@a.test");
    const first = (await startSession(db, new Request(`${ORIGIN}/signin`, { method: "POST" }), u.id)).split(";")[0];
    const second = (await startSession(db, new Request(`${ORIGIN}/signin`, { method: "POST", headers: { cookie: first } }), u.id)).split(";")[0];
    expect(second).not.toBe(first);
    expect(await readSession(db, page("/", first))).toBeNull();
    expect(await readSession(db, page("/", second))).not.toBeNull();
  });

  it("expire when idle, and a forged or tampered cookie is nobody", async () => {
    const u = await person(db, "idle@a.test");
    const t0 = Date.now();
    const cookie = (await startSession(db, new Request(`${ORIGIN}/signin`, { method: "POST" }), u.id, t0)).split(";")[0];
    expect(await readSession(db, page("/", cookie), t0 + 1000)).not.toBeNull();
    expect(await readSession(db, page("/", cookie), t0 + 15 * 24 * 3600 * 1000)).toBeNull();
    expect(await readSession(db, page("/", `${cookie.slice(0, -3)}abc`))).toBeNull();
  });

  it("end at once though the browser's cookie header was read before (sign-out, expiry)", async () => {
    const u = await person(db, "again@a.test");
    const t0 = Date.now();
    const cookie = (await startSession(db, new Request(`${ORIGIN}/signin`, { method: "POST" }), u.id, t0)).split(";")[0];
    // the same header, read on many requests, with other cookies beside it as a browser sends them
    const header = `factloop_locale=ja; ${cookie}`;
    for (let i = 0; i < 3; i++) expect((await readSession(db, page("/", header), t0 + i))?.user.id).toBe(u.id);
    await endSession(db, page("/signout", header));
    expect(await readSession(db, page("/", header), t0 + 5)).toBeNull();
    // a tampered copy of a header read before is still nobody
    expect(await readSession(db, page("/", `${header.slice(0, -3)}abc`), t0 + 6)).toBeNull();

    const other = `factloop_locale=zh-CN; ${(await startSession(db, new Request(`${ORIGIN}/signin`, { method: "POST" }), u.id, t0)).split(";")[0]}`;
    expect(await readSession(db, page("/", other), t0 + 1000)).not.toBeNull();
    expect(await readSession(db, page("/", other), t0 + 15 * 24 * 3600 * 1000)).toBeNull();
  });

  it("can be revoked everywhere, and a password change signs out the other browsers", async () => {
    const shops = twoAgencies(db);
    void shops;
    const owner = await memberOf(db, "o@a.test", "agency-a", "owner");
    const laptop = await signedIn(db, owner.id);
    const phone = await signedIn(db, owner.id);
    await requireMerchant(page("/m/shop-a", phone.cookie), "shop-a");
    const user = getUserById(db, owner.id)!;
    const current = (await readSession(db, page("/", laptop.cookie)))!.session.idHash;
    const r = await changePassword(db, user, { current: owner.password, next: "a new long password" }, current);
    expect(r).toMatchObject({ ok: true, signedOut: 1 });
    expect((await thrown(requireMerchant(page("/m/shop-a", phone.cookie), "shop-a")))?.status).toBe(302);
    await requireMerchant(page("/m/shop-a", laptop.cookie), "shop-a");
    endAllSessions(db, owner.id);
    expect((await thrown(requireMerchant(page("/m/shop-a", laptop.cookie), "shop-a")))?.status).toBe(302);
  });
});

describe("invitations", () => {
  it("grant their role once, then are used", async () => {
    const { a } = twoAgencies(db);
    const owner = await memberOf(db, "o@a.test", "agency-a", "owner");
    const inv = createInvitation(db, getUserById(db, owner.id)!, a, { scope: "merchant", role: "viewer" });
    const client = await person(db, "client@a.test");
    const again = await person(db, "again@a.test");
    expect(acceptInvitation(db, inv.token, getUserById(db, client.id)!)).toMatchObject({ ok: true });
    expect(acceptInvitation(db, inv.token, getUserById(db, again.id)!)).toMatchObject({ ok: false, error: "This invitation link was already used." });
    const { cookie } = await signedIn(db, client.id);
    expect((await requireMerchant(page("/m/shop-a", cookie), "shop-a")).role).toBe("viewer");
    const b = await signedIn(db, again.id);
    expect((await thrown(requireMerchant(page("/m/shop-a", b.cookie), "shop-a")))?.status).toBe(404);
  });

  it("expire after seven days and can be revoked", async () => {
    const { a } = twoAgencies(db);
    const owner = await memberOf(db, "o@a.test", "agency-a", "owner");
    const ownerRow = getUserById(db, owner.id)!;
    const t0 = Date.now();
    const old = createInvitation(db, ownerRow, a, { scope: "workspace", role: "analyst" }, t0);
    const late = await person(db, "late@a.test");
    expect(lookUpInvitation(db, old.token, t0 + 8 * 24 * 3600 * 1000)?.state).toBe("expired");
    expect(acceptInvitation(db, old.token, getUserById(db, late.id)!, t0 + 8 * 24 * 3600 * 1000)).toMatchObject({ ok: false });
    const revoked = createInvitation(db, ownerRow, a, { scope: "merchant", role: "viewer" }, t0);
    const id = lookUpInvitation(db, revoked.token)!;
    expect(cancelInvitation(db, a, id.id)).toBe(true);
    expect(acceptInvitation(db, revoked.token, getUserById(db, late.id)!)).toMatchObject({ ok: false });
    expect(lookUpInvitation(db, "not-a-real-token-at-all-xyz")).toBeNull();
  });

  it("cannot be revoked from another merchant", async () => {
    const { a, b } = twoAgencies(db);
    const owner = await memberOf(db, "o@a.test", "agency-a", "owner");
    const inv = createInvitation(db, getUserById(db, owner.id)!, a, { scope: "merchant", role: "viewer" });
    expect(cancelInvitation(db, b, lookUpInvitation(db, inv.token)!.id)).toBe(false);
    expect(lookUpInvitation(db, inv.token)?.state).toBe("open");
  });
});
