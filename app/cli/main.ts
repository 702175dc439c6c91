// The factloop command line: the same services as the pages, for analysts and scripts.
import { EXIT, InputError, processIo, UsageError, type CliIo, type Command } from "./io";

const USAGE = `factloop: analytics for interest e-commerce

  factloop setup                         migrate the database; seed the demo merchant if there is none
  factloop merchant create SLUG [--name NAME] [--timezone Asia/Shanghai] [--currency CNY] [--category C] [--workspace W]
  factloop merchant list
  factloop workspace create SLUG [--name NAME] | workspace list
  factloop user create EMAIL [--name NAME] [--password-stdin]   (without it a password is generated and printed once)
  factloop user password EMAIL [--password-stdin] | user list
  factloop member add EMAIL --workspace W|--merchant SLUG --role owner|analyst|viewer
  factloop member remove EMAIL --workspace W|--merchant SLUG
  factloop import KIND FILE... --merchant SLUG [--skip-bad-rows] [--dry-run] [--mapping FILE] [--json]
                  [--encoding utf-8|gbk|gb18030] [--separator comma|semicolon|tab]   (CSV; detected when not given)
  factloop imports list --merchant SLUG
  factloop imports undo BATCH --merchant SLUG
  factloop jobs [--json]                 the writer queue: the import, undo or settings change running and those waiting
  factloop report fact|phases --merchant SLUG [--from DATE] [--to DATE] [--by day|week|month|total]
                  [--split none|pillar|campaign|account|content] [--format csv|json|xlsx] [--out FILE]
                  [--measures exploration,purchase,loop_rate,...]   (phases only; default: the contract's columns)
  factloop forecast --merchant SLUG [--pillar ALL|F|A|C|T|S] [--horizon 28] [--as-of DATE] [--level 80] [--format json|csv]
  factloop forecast --series FILE [--horizon 28] [--level 80] [--country CN|JP|none] [--format json|csv]
  factloop seed demo [--merchant demo]
  factloop creators --merchant SLUG [--as-of DATE] [--format json|csv]
  factloop plan suggest --merchant SLUG --budget AMOUNT --from DATE --to DATE [--objective gmv|p10]
                  [--max-share 0.3] [--max-posts N] [--min-creators N] [--min-seeding 0.2] [--formats live,video]
                  [--tiers head,waist,...] [--categories a,b] [--as-of DATE] [--save NAME] [--format json|csv]
  factloop plan show|actual NAME --merchant SLUG [--format json|csv]

Every command takes --db FILE (else DATABASE_URL, else the embedded default database). The command
line acts as the local administrator: whoever has the database file has the data.
Exit status: 0 success, 1 bad input, 2 bad usage.`;

const commands: Record<string, () => Promise<{ run: Command }>> = {
  setup: () => import("./commands/setup"),
  merchant: () => import("./commands/merchant"),
  workspace: () => import("./commands/workspace"),
  user: () => import("./commands/user"),
  member: () => import("./commands/member"),
  import: () => import("./commands/import"),
  imports: () => import("./commands/imports"),
  report: () => import("./commands/report"),
  forecast: () => import("./commands/forecast"),
  seed: () => import("./commands/seed"),
  creators: () => import("./commands/creators"),
  plan: () => import("./commands/plan"),
  job: () => import("./commands/job"),
  jobs: () => import("./commands/jobs"),
};

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(USAGE);
    return name ? EXIT.ok : EXIT.usage;
  }
  const load = commands[name];
  // `factloop forecast --help` asks for the usage, not for a forecast with an unknown option
  if (Object.hasOwn(commands, name) && rest.some((a) => a === "--help" || a === "-h")) {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (!load) {
    io.err(`factloop: unknown command "${name}"\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    const { run } = await load();
    return await run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`factloop ${name}: ${e.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    if (e instanceof InputError) {
      io.err(`factloop ${name}: ${e.message}`);
      return EXIT.badInput;
    }
    throw e;
  }
}

const invokedDirectly = process.argv[1] && /main\.(ts|js)$/.test(process.argv[1]);
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
