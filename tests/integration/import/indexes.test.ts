// A bulk load's index rebuild: the exact indexes back, and the connection's sorter threads as
// they were (the rebuild borrows two helper threads, app/queries/import/indexes.server.ts).
import { describe, expect, it } from "vitest";
import { createIndexes, dropIndexes, secondaryIndexes } from "../../../app/queries/import/indexes.server";
import { memoryDb } from "../../helpers/db";

describe("the bulk load's index rebuild", () => {
  it("puts back the same indexes and leaves the sorter threads as it found them", () => {
    const db = memoryDb();
    const schema = () => db.$client.prepare("SELECT name, sql FROM sqlite_master WHERE tbl_name = 'orders' ORDER BY name").all();
    const before = schema();
    const indexes = secondaryIndexes(db, "orders");
    expect(indexes.length).toBeGreaterThan(0);
    db.$client.pragma("threads = 1");
    db.$client.exec("BEGIN");
    dropIndexes(db, indexes);
    expect(schema()).not.toEqual(before);
    createIndexes(db, indexes);
    db.$client.exec("COMMIT");
    expect(schema()).toEqual(before);
    expect(db.$client.pragma("threads", { simple: true })).toBe(1);
    db.$client.close();
  });

  it("leaves the sorter threads as they were when an index cannot be built", () => {
    const db = memoryDb();
    db.$client.pragma("threads = 0");
    expect(() => createIndexes(db, [{ name: "broken", sql: "CREATE INDEX broken ON no_such_table (x)" }])).toThrow(/no_such_table/);
    expect(db.$client.pragma("threads", { simple: true })).toBe(0);
    db.$client.close();
  });
});
