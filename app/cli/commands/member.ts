// `factloop member add|remove EMAIL --workspace W | --merchant SLUG [--role owner|analyst|viewer]`.
import { ROLES } from "../../domain/auth/roles";
import { findUser, findWorkspace, grant, revoke, type Scope } from "../../services/auth/people.server";
import { findMerchant } from "../../services/merchants.server";
import type { Db } from "../../../db/client";
import { dbFrom, EXIT, InputError, oneOf, parse, UsageError, type CliIo } from "../io";

function scopeOf(db: Db, values: { workspace?: string; merchant?: string }): Scope {
  if (values.workspace && values.merchant) throw new UsageError("give --workspace or --merchant, not both");
  if (values.workspace) {
    const workspace = findWorkspace(db, values.workspace);
    if (!workspace) throw new InputError(`There is no workspace "${values.workspace}".`);
    return { workspace };
  }
  if (values.merchant) {
    const merchant = findMerchant(db, values.merchant);
    if (!merchant) throw new InputError(`There is no merchant "${values.merchant}".`);
    return { merchant };
  }
  throw new UsageError("member needs --workspace W or --merchant SLUG");
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    workspace: { type: "string" },
    merchant: { type: "string" },
    role: { type: "string" },
  });
  const [action, email] = positionals;
  if (action !== "add" && action !== "remove") throw new UsageError('member takes "add EMAIL" or "remove EMAIL"');
  if (!email) throw new UsageError(`member ${action} needs an EMAIL`);
  if (action === "add" && values.role === undefined) throw new UsageError(`member add needs --role ${ROLES.join("|")}`);
  const role = oneOf(values.role, ROLES, "--role", "viewer");
  const db = dbFrom(values);
  const scope = scopeOf(db, values);
  const user = findUser(db, email);
  if (!user) throw new InputError(`There is no user ${email}. Create one with: factloop user create ${email}`);
  const where = "workspace" in scope ? `workspace ${scope.workspace.slug}` : `merchant ${scope.merchant.slug}`;
  if (action === "add") {
    grant(db, user.id, scope, role);
    io.out(`${user.email} is ${role} of ${where}.`);
    return EXIT.ok;
  }
  const r = revoke(db, user.id, scope);
  if (!r.ok) throw new InputError(r.error);
  io.out(`${user.email} was removed from ${where}.`);
  return EXIT.ok;
}
