// `factloop setup` and the demo door: open on a fresh demo, shut once its password changes.
import { describe, expect, it } from "vitest";
import { run as setup } from "../../../app/cli/commands/setup";
import { createMerchant } from "../../../app/services/merchants.server";
import { changePassword, DEMO_EMAIL, demoDoorIsOpen, ensureDemoAccess, findUser, openDemoDoor } from "../../../app/services/auth/people.server";
import { requireMerchant } from "../../../app/services/route-context.server";
import { getDemoDoor } from "../../../app/queries/auth/demo-door.server";
import { openDb } from "../../../db/client";
import { tempDbPath } from "../../helpers/db";
import { appDb, page, signedIn } from "./helpers";

const quiet = { out: () => {}, err: () => {}, outBytes: () => {} };

describe("the demo door", () => {
  it("lets the demo owner in while the generated password holds, and never after it changes", async () => {
    const db = appDb();
    const m = createMerchant(db, { slug: "demo", name: "Demo" });
    if (!m.ok) throw new Error(m.error);
    await ensureDemoAccess(db, "demo");
    expect(demoDoorIsOpen(db)).toBe(true);
    const user = await openDemoDoor(db);
    expect(user?.email).toBe(DEMO_EMAIL);
    const { cookie } = await signedIn(db, user!.id);
    expect((await requireMerchant(page("/m/demo", cookie), "demo")).role).toBe("owner");

    const r = await changePassword(db, user!, { current: getDemoDoor(db)!.password, next: "a password of my own" });
    expect(r.ok).toBe(true);
    expect(demoDoorIsOpen(db)).toBe(false);
    expect(await openDemoDoor(db)).toBeNull();
  });

  it("is made by setup for a database from before sign-in, and not with --no-demo on a fresh one", async () => {
    const old = tempDbPath();
    try {
      const db = openDb(old.path);
      createMerchant(db, { slug: "demo", name: "Demo" });
      expect(await setup(["--db", old.path], quiet)).toBe(0);
      expect(findUser(db, DEMO_EMAIL)).toBeTruthy();
      expect(demoDoorIsOpen(db)).toBe(true);
      db.$client.close();
    } finally {
      old.cleanup();
    }
    const fresh = tempDbPath();
    try {
      expect(await setup(["--db", fresh.path, "--no-demo"], quiet)).toBe(0);
      const db = openDb(fresh.path);
      expect(demoDoorIsOpen(db)).toBe(false);
      expect(findUser(db, DEMO_EMAIL)).toBeUndefined();
      db.$client.close();
    } finally {
      fresh.cleanup();
    }
  });
});
