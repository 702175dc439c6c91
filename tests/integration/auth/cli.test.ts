// `factloop workspace|user|member|merchant --workspace`: the local administrator's commands.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDb } from "../../../db/client";
import { checkSignIn } from "../../../app/services/auth/people.server";
import { roleIn } from "../../../app/services/auth/gate.server";
import { findMerchant } from "../../../app/services/merchants.server";
import { findUser } from "../../../app/services/auth/people.server";
import { runCli } from "../../helpers/cli";
import { tempDbPath } from "../../helpers/db";

let db: ReturnType<typeof tempDbPath>;
beforeEach(() => {
  db = tempDbPath();
});
afterEach(() => db.cleanup());

describe("people on the command line", () => {
  it("creates a workspace, a user with a generated password, a membership and a merchant in the workspace", async () => {
    expect((await runCli(db.path, "workspace", "create", "agency", "--name", "Agency")).code).toBe(0);
    const made = await runCli(db.path, "user", "create", "Boss@Agency.test", "--name", "Boss");
    expect(made.code).toBe(0);
    const password = /Password \(shown once\): (\S+)/.exec(made.stdout)?.[1];
    expect(password).toBeTruthy();
    expect((await runCli(db.path, "member", "add", "boss@agency.test", "--workspace", "agency", "--role", "owner")).code).toBe(0);
    expect((await runCli(db.path, "merchant", "create", "shop", "--workspace", "agency", "--category", "beauty")).code).toBe(0);
    const list = await runCli(db.path, "user", "list");
    expect(list.stdout).toContain("boss@agency.test\tBoss");

    const d = openDb(db.path);
    const user = findUser(d, "boss@agency.test")!;
    expect(roleIn(d, user.id, findMerchant(d, "shop")!)).toBe("owner");
    expect(await checkSignIn(d, { email: "boss@agency.test", password: password!, ip: "" })).toMatchObject({ ok: true });
    d.$client.close();
  });

  it("exits 2 on bad usage and 1 on an unknown user, workspace or merchant, or the last owner", async () => {
    await runCli(db.path, "workspace", "create", "agency");
    await runCli(db.path, "user", "create", "a@x.test");
    expect((await runCli(db.path, "member", "add", "a@x.test", "--workspace", "agency")).code).toBe(2);
    expect((await runCli(db.path, "member", "add", "a@x.test", "--workspace", "agency", "--role", "boss")).code).toBe(2);
    expect((await runCli(db.path, "member", "add", "a@x.test", "--workspace", "agency", "--merchant", "x", "--role", "owner")).code).toBe(2);
    expect((await runCli(db.path, "user", "create")).code).toBe(2);
    expect((await runCli(db.path, "member", "add", "nobody@x.test", "--workspace", "agency", "--role", "owner")).code).toBe(1);
    expect((await runCli(db.path, "member", "add", "a@x.test", "--workspace", "nope", "--role", "owner")).code).toBe(1);
    expect((await runCli(db.path, "member", "add", "a@x.test", "--merchant", "nope", "--role", "owner")).code).toBe(1);
    expect((await runCli(db.path, "merchant", "create", "shop", "--workspace", "nope")).code).toBe(1);
    expect((await runCli(db.path, "user", "create", "not-an-email")).code).toBe(1);
    expect((await runCli(db.path, "member", "add", "a@x.test", "--workspace", "agency", "--role", "owner")).code).toBe(0);
    const last = await runCli(db.path, "member", "remove", "a@x.test", "--workspace", "agency");
    expect(last.code).toBe(1);
    expect(last.stderr).toContain("last owner");
  });
});
