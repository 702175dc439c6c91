// `factloop workspace create|list`.
import { allWorkspaces, createWorkspace } from "../../services/auth/people.server";
import { dbFrom, EXIT, InputError, parse, UsageError, type CliIo } from "../io";

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { name: { type: "string" } });
  const [action, slug] = positionals;
  if (action === "list") {
    const db = dbFrom(values);
    for (const w of allWorkspaces(db)) io.out(`${w.slug}\t${w.name}`);
    return EXIT.ok;
  }
  if (action !== "create") throw new UsageError('workspace takes "create SLUG [--name N]" or "list"');
  if (!slug) throw new UsageError("workspace create needs a SLUG");
  const db = dbFrom(values);
  const r = createWorkspace(db, { slug, name: values.name });
  if (!r.ok) throw new InputError(r.error);
  io.out(`Created workspace ${r.workspace.slug}.`);
  return EXIT.ok;
}
