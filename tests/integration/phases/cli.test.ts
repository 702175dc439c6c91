// `factloop report phases` prints the numbers the pages and exports build, options included.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../helpers/cli";
import { reportCsv, reportJson } from "../../../app/domain/report/serialize";
import { openDb } from "../../../db/client";
import { findMerchant } from "../../../app/services/merchants.server";
import { buildPhaseReport } from "../../../app/services/phases/phase-report.server";
import { tempDbPath } from "../../helpers/db";
import { seedPhaseFixture } from "./fixture";


describe("factloop report phases", () => {
  let file: { path: string; cleanup: () => void };
  const run = (...args: string[]) => runCli(file.path, ...args);

  beforeEach(() => {
    file = tempDbPath();
    const db = openDb(file.path);
    seedPhaseFixture(db);
    db.$client.close();
  });
  afterEach(() => file.cleanup());

  it("splits by content and picks measures exactly as the report builder does", async () => {
    const r = await run("report", "phases", "--merchant", "shop", "--from", "2024-06-03", "--to", "2024-06-16", "--by", "week", "--split", "content", "--measures", "exploration,purchase,loop_rate", "--format", "json");
    expect(r.code).toBe(0);
    const db = openDb(file.path);
    const m = findMerchant(db, "shop")!;
    const table = buildPhaseReport(db, m, { from: "2024-06-03", to: "2024-06-16", by: "week", split: "content", measures: ["exploration", "purchase", "loop_rate"] });
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(reportJson(table))));
    expect(JSON.parse(r.stdout).rows[0]).toEqual({ period: "2024-W23", content: "vid-1", exploration: 3000, purchase: 1, loop_rate: 15 });

    const csv = await run("report", "phases", "--merchant", "shop", "--from", "2024-06-03", "--to", "2024-06-16", "--by", "week", "--split", "campaign");
    expect(csv.stdout).toBe(reportCsv(buildPhaseReport(db, m, { from: "2024-06-03", to: "2024-06-16", by: "week", split: "campaign", measures: [] })));
    db.$client.close();
  });

  it("refuses an unknown measure, or measures on the FACT report, as bad usage (exit 2)", async () => {
    const bad = await run("report", "phases", "--merchant", "shop", "--measures", "exploration,gpm");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--measures must name measures from exploration, connection");
    expect((await run("report", "fact", "--merchant", "shop", "--measures", "gmv")).code).toBe(2);
  });
});
