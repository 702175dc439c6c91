import { seedDemo } from "../../../seeds/demo.server";
import { dbFrom, EXIT, parse, UsageError, type CliIo } from "../io";

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { merchant: { type: "string" } });
  if (positionals[0] !== "demo") throw new UsageError("seed takes demo [--merchant SLUG]");
  const db = dbFrom(values);
  const summary = await seedDemo(db, { slug: values.merchant ?? "demo", log: (l) => io.out(l) });
  io.out(`Seeded: ${summary}`);
  return EXIT.ok;
}
