// First start: migrate, then seed the demo merchant (with its workspace and owner) when the
// database has no merchant yet, unless told to start without the demo.
import { seedDemo } from "../../../seeds/demo.server";
import { resolveDbPath } from "../../../db/client";
import { warmForecastsInBackground } from "../../services/forecast-warm.server";
import { allMerchants, findMerchant } from "../../services/merchants.server";
import { allUsers, ensureDemoAccess } from "../../services/auth/people.server";
import { dbFrom, EXIT, parse, type CliIo } from "../io";

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, { "no-demo": { type: "boolean" } });
  const db = dbFrom(values);
  if (allMerchants(db).length > 0) {
    // a database from before sign-in: its demo merchant gets the demo workspace, owner and door,
    // so the start page still opens it (only while nobody has an account yet)
    if (allUsers(db).length === 0 && findMerchant(db, "demo") && !values["no-demo"]) {
      await ensureDemoAccess(db, "demo");
      io.out('Database ready. The demo merchant now has a demo owner: choose "Open the demo" on the start page.');
      return EXIT.ok;
    }
    io.out("Database ready.");
    if (allUsers(db).length === 0) io.out("Nobody can sign in yet: create the first owner with `factloop user create` and `factloop member add`.");
    return EXIT.ok;
  }
  if (values["no-demo"] || process.env.FACTLOOP_DEMO === "0") {
    io.out("New database, without the demo. Create the first owner with `factloop user create` and `factloop member add`.");
    return EXIT.ok;
  }
  io.out("New database: seeding the demo merchant (about a minute)…");
  const summary = await seedDemo(db, { slug: "demo", log: (l) => io.out(l) });
  io.out(`Demo merchant ready: ${summary}. Open http://localhost:3000 and choose "Open the demo".`);
  // The forecast page then opens without waiting on a backtest.
  warmForecastsInBackground(resolveDbPath(typeof values.db === "string" ? values.db : undefined), "demo");
  return EXIT.ok;
}
