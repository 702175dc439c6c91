import { createMerchant, allMerchants } from "../../services/merchants.server";
import { dbFrom, EXIT, InputError, parse, UsageError, type CliIo } from "../io";

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    name: { type: "string" },
    timezone: { type: "string" },
    currency: { type: "string" },
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
  const r = createMerchant(db, { slug, name: values.name, timezone: values.timezone, currency: values.currency });
  if (!r.ok) throw new InputError(r.error);
  io.out(`Created merchant ${r.merchant.slug} (${r.merchant.timezone}, ${r.merchant.currency}).`);
  return EXIT.ok;
}
