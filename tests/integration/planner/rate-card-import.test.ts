// The accounts file carries the planner's fees (坑位费, 视频报价, 样品成本); the rate card page
// overrides them; a fee neither gives is 0.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importFile } from "../../../app/services/import/import.server";
import { plannerAccounts } from "../../../app/queries/planner/planner-accounts.server";
import { saveRates } from "../../../app/services/planner/rates.server";
import { makeMerchant, memoryDb } from "../../helpers/db";

const dir = mkdtempSync(join(tmpdir(), "factloop-rates-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("rate cards", () => {
  it("reads fees from the accounts file by their Chinese names, and the rate card overrides them", async () => {
    const db = memoryDb();
    const m = makeMerchant(db, "shop");
    const file = join(dir, "accounts.csv");
    writeFileSync(file, "达人ID,达人昵称,账号类型,粉丝数,佣金率,直播坑位费,短视频报价,样品成本\nk1,甜甜,达人,120000,0.2,\"¥5,000.00\",1200,35.5\nk2,小白,达人,9000,0.1,,,\n");
    const r = await importFile(db, m, { kind: "accounts", path: file });
    expect(r.errors).toEqual([]);
    expect(r.status).toBe("done");
    const byId = new Map(plannerAccounts(db, m.id).map((a) => [a.accountId, a]));
    expect(byId.get("k1")).toMatchObject({ liveFee: 500_000, videoFee: 120_000, sampleCost: 3_550, commissionRate: 0.2, hasRateCard: false });
    expect(byId.get("k2")).toMatchObject({ liveFee: null, videoFee: null, sampleCost: null });
    expect(saveRates(db, m, "k1", { videoFee: "1500", commissionRate: "25%" })).toEqual({ ok: true });
    expect(saveRates(db, m, "k1", { videoFee: "-3" }).ok).toBe(false);
    const after = plannerAccounts(db, m.id).find((a) => a.accountId === "k1")!;
    expect(after).toMatchObject({ liveFee: 500_000, videoFee: 150_000, sampleCost: 3_550, commissionRate: 0.25, hasRateCard: true });
    db.$client.close();
  });
});
