import { findWorkspace } from "../../services/auth/people.server";
import { createMerchant, allMerchants } from "../../services/merchants.server";
import { dbFrom, EXIT, InputError, parse, UsageError, type CliIo } from "../io";

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    name: { type: "string" },
    timezone: { type: "string" },
    currency: { type: "string" },
    category: { type: "string" },
    workspace: { type: "string" },
  });
  const [action, slug] = positionals;
  if (action === "list") {
    const db = dbFrom(values);
    for (const m of allMerchants(db)) io.out(`${m.slug}\t${m.name}\t${m.timezone}\t${m.currency}`);
    return EXIT.ok;
  }
  if (action !== "create") throw new UsageError('merchant takes "create SLUG" or "list"');
  if (!slug) throw new UsageError("merchant create needs a SLUG");
  const db = dbFrom(values);
  let workspaceId: number | undefined;
  if (values.workspace) {
    const w = findWorkspace(db, values.workspace);
    if (!w) throw new InputError(`There is no workspace "${values.workspace}". Create it with: factloop workspace create ${values.workspace}`);
    workspaceId = w.id;
  }
  const r = createMerchant(db, { slug, name: values.name, timezone: values.timezone, currency: values.currency, category: values.category, workspaceId });
  if (!r.ok) throw new InputError(r.error);
  io.out(`Created merchant ${r.merchant.slug} (${r.merchant.timezone}, ${r.merchant.currency})${values.workspace ? ` in workspace ${values.workspace}` : ""}.`);
  if (!values.workspace) io.out("It belongs to no workspace yet: only people granted it with `factloop member add … --merchant` can open it.");
  return EXIT.ok;
}
