// npm run bench — every benchmark (import, pages, load, forecast, planner), each in a process of
// its own with `--json`, merged into one table: bench/RESULTS.md (markdown) and
// bench/results.json, with the machine's description. Every figure is a ratio or a distribution
// measured in this run, with its goal met or missed and why.
//
//   npm run bench                  the full sizes (long: the import at 1M and 3M rows, the pages
//                                  at 100k, 1M and 10M orders)
//   npm run bench -- --quick       small sizes, for a smoke check of the whole table in minutes
//   npm run bench -- --only load,planner   some benches only: the others keep their last run's
//                                  figures from bench/results.json, each run dated and marked
//                                  quick or full (a figure's ratio is always of one run)
//   npm run bench -- --no-build    use the build/ that is there
//   npm run bench -- --pages-reuse DB1,DB2,DB3   time the pages of databases a `bench:pages --keep`
//                                  run left (100k, 1M, 10M) instead of writing them again (an hour
//                                  at 10M); their write and re-derivation figures are of that run
//
// It builds the app once (the pages and the load test run the built server). A bench that fails
// or writes no figures is listed as such, with its exit code; the others still run.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { machine, type Figure, type FigureFile } from "./lib/figures";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const onlyAt = args.indexOf("--only");
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? "").split(",").filter(Boolean)) : null;
const reuseAt = args.indexOf("--pages-reuse");
const pagesReuse = reuseAt >= 0 ? ["--reuse", args[reuseAt + 1] ?? ""] : [];

/** Each bench and its arguments, full and quick (small sizes): only options the bench knows (pages' parser is strict). */
const BENCHES: { name: string; script: string; full: string[]; quick: string[] }[] = [
  { name: "import", script: "import.ts", full: [], quick: ["--rows", "100000", "--skip-3m"] },
  { name: "pages", script: "pages.ts", full: ["--no-build", "--sizes", "100000,1000000,10000000", ...pagesReuse], quick: ["--no-build", "--sizes", "20000", "--requests", "10"] },
  { name: "load", script: "load.ts", full: [], quick: ["--quick"] },
  { name: "forecast", script: "forecast.ts", full: [], quick: [] },
  { name: "planner", script: "planner.ts", full: [], quick: ["--quick"] },
];

interface Outcome {
  name: string;
  exitCode: number | null;
  seconds: number;
  file: FigureFile | null;
  /** when it ran, and at which sizes */
  at: string;
  quick: boolean;
}

/** The runs a previous `npm run bench` wrote, for the benches this one does not run. */
function earlierRuns(): Outcome[] {
  const path = join(here, "results.json");
  if (!only || !existsSync(path)) return [];
  try {
    const old = JSON.parse(readFileSync(path, "utf8")) as {
      generatedAt: string;
      quick: boolean;
      machine: FigureFile["machine"];
      runs: { bench: string; exitCode: number | null; seconds: number; figures: Figure[] | null; tables: FigureFile["tables"]; at?: string; quick?: boolean }[];
    };
    return old.runs
      .filter((r) => !only.has(r.bench))
      .map((r) => ({
        name: r.bench,
        exitCode: r.exitCode,
        seconds: r.seconds,
        at: r.at ?? old.generatedAt,
        quick: r.quick ?? old.quick,
        file: r.figures ? { bench: r.bench, machine: old.machine, figures: r.figures, tables: r.tables } : null,
      }));
  } catch {
    return [];
  }
}

function run(script: string, benchArgs: string[]): Promise<{ code: number | null; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(here, script), ...benchArgs], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
    child.once("exit", (code) => resolve({ code, seconds: (Date.now() - started) / 1000 }));
    child.once("error", () => resolve({ code: -1, seconds: (Date.now() - started) / 1000 }));
  });
}

const say = (line: string) => process.stdout.write(`${line}\n`);
const selected = BENCHES.filter((b) => !only || only.has(b.name));
const startedAt = new Date();
// other work on the machine takes cores from the benches: said beside the figures
const loadAtStart = loadavg()[0];

if (!args.includes("--no-build") && selected.some((b) => b.name === "pages" || b.name === "load")) {
  say("bench: building the app once (npm run build)…");
  const b = spawnSync("npm", ["run", "build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (b.status !== 0) {
    process.stderr.write("bench: the build failed; the pages and load benches need it\n");
    process.exit(1);
  }
}

const dir = mkdtempSync(join(tmpdir(), "factloop-bench-all-"));
const outcomes: Outcome[] = [];
try {
  for (const b of selected) {
    const json = join(dir, `${b.name}.json`);
    say(`\n===== bench:${b.name}${quick ? " (quick)" : ""} =====`);
    const r = await run(b.script, [...(quick ? b.quick : b.full), "--json", json]);
    let file: FigureFile | null = null;
    if (existsSync(json)) {
      try {
        file = JSON.parse(readFileSync(json, "utf8")) as FigureFile;
      } catch {
        file = null;
      }
    }
    outcomes.push({ name: b.name, exitCode: r.code, seconds: r.seconds, file, at: new Date().toISOString(), quick });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// ---- the table: this run's benches, then (with --only) the others' last runs, in the usual order ----
const order = BENCHES.map((b) => b.name);
outcomes.push(...earlierRuns());
outcomes.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
const m = machine();
const cell = (v: unknown) => String(v ?? "").replace(/\|/g, "\\|").replace(/\n/g, " ");
const fmt = (f: Figure) => (Number.isInteger(f.value) ? f.value.toLocaleString("en-US") : Number(f.value.toPrecision(4)).toLocaleString("en-US", { maximumFractionDigits: 4 }));
const metWord = (f: Figure) => (f.met === null ? "—" : f.met ? "met" : "**missed**");
const flags = [...(quick ? ["--quick"] : []), ...(only ? ["--only", [...only].join(",")] : [])];
const all = outcomes.flatMap((o) => (o.file?.figures ?? []).map((f) => ({ bench: o.name, ...f })));
const goals = all.filter((f) => f.met !== null);
const md: string[] = [
  "# factloop benchmarks",
  "",
  `Written by \`npm run bench${flags.length ? ` -- ${flags.join(" ")}` : ""}\` on ${startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC${quick ? " — **this run's benches at small sizes (quick: a smoke check; the goals are for the full sizes)**" : ""}.${only ? " The other benches' figures are from their last run (see Runs)." : ""}`,
  "",
  `Machine: ${m.cpus} × ${m.model}, ${m.memGiB} GiB memory, Node ${m.node}, ${process.platform}/${process.arch}; load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end (other processes share the cores).`,
  "",
  `Goals: ${goals.filter((f) => f.met).length} met, ${goals.filter((f) => !f.met).length} missed, of ${goals.length}; ${all.length - goals.length} figures for reference.`,
  "",
  "| bench | figure | value | unit | goal | met | note |",
  "|---|---|---:|---|---|---|---|",
  ...all.map((f) => `| ${f.bench} | ${cell(f.name)} | ${fmt(f)} | ${cell(f.unit)} | ${cell(f.goal ?? "")} | ${metWord(f)} | ${cell(f.note ?? "")} |`),
  "",
  "## Runs",
  "",
  "| bench | ran (UTC) | sizes | exit | seconds | figures |",
  "|---|---|---|---:|---:|---:|",
  ...outcomes.map(
    (o) =>
      `| ${o.name} | ${o.at.slice(0, 16).replace("T", " ")} | ${o.quick ? "quick" : "full"} | ${o.exitCode ?? "signal"} | ${o.seconds.toFixed(0)} | ${o.file ? o.file.figures.length : "none written"} |`,
  ),
];
for (const o of outcomes) {
  for (const t of o.file?.tables ?? []) md.push("", `## ${o.name}: ${t.title}`, "", t.markdown);
}
writeFileSync(join(here, "RESULTS.md"), `${md.join("\n")}\n`);
writeFileSync(
  join(here, "results.json"),
  `${JSON.stringify(
    {
      generatedAt: startedAt.toISOString(),
      quick,
      machine: { ...m, platform: process.platform, arch: process.arch, loadAverageAtStart: Number(loadAtStart.toFixed(2)), loadAverageAtEnd: Number(loadavg()[0].toFixed(2)) },
      runs: outcomes.map((o) => ({ bench: o.name, at: o.at, quick: o.quick, exitCode: o.exitCode, seconds: Math.round(o.seconds), figures: o.file?.figures ?? null, tables: o.file?.tables ?? [] })),
    },
    null,
    2,
  )}\n`,
);
say(`\nbench: ${all.length} figures from ${outcomes.filter((o) => o.file).length} of ${outcomes.length} benches; goals ${goals.filter((f) => f.met).length} met, ${goals.filter((f) => !f.met).length} missed → bench/RESULTS.md, bench/results.json`);
const broken = outcomes.filter((o) => !o.file || o.exitCode !== 0);
if (broken.length) say(`bench: ${broken.map((o) => `${o.name} (exit ${o.exitCode}${o.file ? "" : ", no figures"})`).join(", ")}`);
