// `factloop user create|list|password`: people, managed by the local administrator (whoever
// has the database file has the data).
import { readFileSync } from "node:fs";
import { allUsers, createUser, findUser, resetPassword } from "../../services/auth/people.server";
import { dbFrom, EXIT, InputError, parse, UsageError, type CliIo } from "../io";

/** The password from standard input (first line), or a generated one that is printed once. */
function passwordFrom(stdin: boolean): { password: string; generated: boolean } {
  if (stdin) {
    const text = readFileSync(0, "utf8").split(/\r?\n/)[0] ?? "";
    if (!text) throw new InputError("No password on standard input.");
    return { password: text, generated: false };
  }
  return { password: crypto.getRandomValues(new Uint8Array(15)).reduce((s, b) => s + "abcdefghjkmnpqrstuvwxyz23456789"[b % 31], ""), generated: true };
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { name: { type: "string" }, "password-stdin": { type: "boolean" } });
  const [action, email] = positionals;
  if (action === "list") {
    const db = dbFrom(values);
    for (const u of allUsers(db)) io.out(`${u.email}\t${u.name}`);
    return EXIT.ok;
  }
  if (action === "create") {
    if (!email) throw new UsageError("user create needs an EMAIL");
    const db = dbFrom(values);
    const { password, generated } = passwordFrom(values["password-stdin"] === true);
    const r = await createUser(db, { email, name: values.name, password });
    if (!r.ok) throw new InputError(r.error);
    io.out(`Created user ${r.user.email}.`);
    if (generated) io.out(`Password (shown once): ${password}`);
    return EXIT.ok;
  }
  if (action === "password") {
    if (!email) throw new UsageError("user password needs an EMAIL");
    const db = dbFrom(values);
    const user = findUser(db, email);
    if (!user) throw new InputError(`There is no user ${email}.`);
    const { password, generated } = passwordFrom(values["password-stdin"] === true);
    const r = await resetPassword(db, user, password);
    if (!r.ok) throw new InputError(r.error);
    io.out(`Password of ${user.email} changed; their sessions were signed out.`);
    if (generated) io.out(`Password (shown once): ${password}`);
    return EXIT.ok;
  }
  throw new UsageError('user takes "create EMAIL [--name N] [--password-stdin]", "password EMAIL [--password-stdin]" or "list"');
}
