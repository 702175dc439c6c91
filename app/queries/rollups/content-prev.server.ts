// account_content_prev_day (migration 0009, docs/scale.md): account_content_day counted per
// account, day and each content's previous active day ("" for its first), so that the talent
// matrix's distinct content per creator over any period is a sum over the period's account-days:
// the contents an account had active in [a, b] are those of day a, plus those of the later days
// whose previous active day is before a (each content counts on its first day in the period).
//
// A row of account_content_day decides the count of its own day and the previous day of the
// same content's next row: whatever adds or removes content-days brings both up to date here,
// read from account_content_day itself (its index by account, content and day).
import type { Db } from "../../../db/client";
import type { DayRange } from "./rebuild.server";

/** The previous active day of row `a` of account_content_day ("" when it is the content's first). */
const PREV = `COALESCE((SELECT MAX(x.day) FROM account_content_day x
   WHERE x.merchant_id = @merchantId AND x.account_id = a.account_id AND x.content_id = a.content_id AND x.day < a.day), '')`;

const INSERT = "INSERT INTO account_content_prev_day (merchant_id, day, account_id, prev_day, contents)";

/** Every row of the merchant again, from account_content_day (a rebuild of all days). */
export function rebuildContentPrev(db: Db, merchantId: number): void {
  const c = db.$client;
  c.prepare("DELETE FROM account_content_prev_day WHERE merchant_id = ?").run(merchantId);
  c.prepare(
    `${INSERT}
     SELECT @merchantId, day, account_id, prev_day, COUNT(*) FROM (
       SELECT account_id, day, COALESCE(LAG(day) OVER (PARTITION BY account_id, content_id ORDER BY day), '') AS prev_day
         FROM account_content_day WHERE merchant_id = @merchantId)
      GROUP BY day, account_id, prev_day`,
  ).run({ merchantId });
}

/** The rows of the (account, day) pairs in temp.content_key again. */
function refreshKeys(db: Db, merchantId: number): void {
  const c = db.$client;
  c.prepare(
    `DELETE FROM account_content_prev_day
      WHERE merchant_id = @merchantId AND (day, account_id) IN (SELECT day, account_id FROM temp.content_key)`,
  ).run({ merchantId });
  c.prepare(
    `${INSERT}
     SELECT @merchantId, day, account_id, prev_day, COUNT(*) FROM (
       SELECT a.account_id, a.day, ${PREV} AS prev_day
         FROM temp.content_key k
         JOIN account_content_day a ON a.merchant_id = @merchantId AND a.account_id = k.account_id AND a.day = k.day)
      GROUP BY day, account_id, prev_day`,
  ).run({ merchantId });
}

function keyTable(db: Db): void {
  db.$client.exec("CREATE TEMP TABLE IF NOT EXISTS content_key (account_id TEXT NOT NULL, day TEXT NOT NULL, PRIMARY KEY (account_id, day)) WITHOUT ROWID");
  db.$client.exec("DELETE FROM temp.content_key");
}

/** Adds to temp.content_key the next active day of each (account, content) of `pairs` after `after` (a column or a parameter). */
function nextDays(db: Db, merchantId: number, pairs: string, after: string, params: Record<string, unknown> = {}): void {
  db.$client
    .prepare(
      `INSERT OR IGNORE INTO temp.content_key (account_id, day)
       SELECT account_id, next_day FROM (
         SELECT p.account_id, (SELECT MIN(x.day) FROM account_content_day x
                                WHERE x.merchant_id = @merchantId AND x.account_id = p.account_id AND x.content_id = p.content_id
                                  AND x.day > ${after}) AS next_day
           FROM ${pairs} p)
        WHERE next_day IS NOT NULL`,
    )
    .run({ merchantId, ...params });
}

/**
 * After single rows of account_content_day were added or removed (the import's delta): the
 * rows of their days, and of each one's content's next active day, again.
 */
export function refreshContentPrev(db: Db, merchantId: number, changed: readonly (readonly [accountId: string, contentId: string, day: string])[]): void {
  if (changed.length === 0) return;
  const c = db.$client;
  c.exec("CREATE TEMP TABLE IF NOT EXISTS changed_content (account_id TEXT NOT NULL, content_id TEXT NOT NULL, day TEXT NOT NULL)");
  c.exec("DELETE FROM temp.changed_content");
  const add = c.prepare("INSERT INTO temp.changed_content VALUES (?, ?, ?)");
  for (const [a, k, d] of changed) add.run(a, k, d);
  keyTable(db);
  c.exec("INSERT OR IGNORE INTO temp.content_key (account_id, day) SELECT account_id, day FROM temp.changed_content");
  nextDays(db, merchantId, "temp.changed_content", "p.day");
  refreshKeys(db, merchantId);
  c.exec("DROP TABLE temp.changed_content");
  c.exec("DROP TABLE temp.content_key");
}

/** Before a rebuild of the range's account_content_day rows: keeps them in temp.old_content. */
export function keepRangeContent(db: Db, merchantId: number, range: DayRange): void {
  const c = db.$client;
  c.exec("DROP TABLE IF EXISTS temp.old_content");
  c.exec("CREATE TEMP TABLE old_content (account_id TEXT NOT NULL, content_id TEXT NOT NULL, day TEXT NOT NULL)");
  c.prepare(
    `INSERT INTO temp.old_content SELECT account_id, content_id, day FROM account_content_day
      WHERE merchant_id = @merchantId AND account_id IN (SELECT account_id FROM temp.range_account) AND day BETWEEN @from AND @to`,
  ).run({ merchantId, ...range });
}

/**
 * After a rebuild of the range's account_content_day rows (of the accounts in
 * temp.range_account, before and after; the rows before in temp.old_content): every row of
 * the range's days again, and the next active day after the range of each content whose days
 * in the range changed. Reads the range's rows and the changed contents' next rows only.
 */
export function rebuildContentPrevDays(db: Db, merchantId: number, range: DayRange): void {
  const c = db.$client;
  const params = { merchantId, from: range.from, to: range.to };
  const inRange = `a.merchant_id = @merchantId AND a.account_id IN (SELECT account_id FROM temp.range_account) AND a.day BETWEEN @from AND @to`;
  c.prepare(
    `DELETE FROM account_content_prev_day
      WHERE merchant_id = @merchantId AND day BETWEEN @from AND @to AND account_id IN (SELECT account_id FROM temp.range_account)`,
  ).run(params);
  c.prepare(
    `${INSERT}
     SELECT @merchantId, day, account_id, prev_day, COUNT(*) FROM (
       SELECT a.account_id, a.day, ${PREV} AS prev_day FROM account_content_day a WHERE ${inRange})
      GROUP BY day, account_id, prev_day`,
  ).run(params);
  // the contents whose days in the range are not what they were: their next row after the range
  // has another previous day
  c.exec("DROP TABLE IF EXISTS temp.changed_pair");
  c.exec("CREATE TEMP TABLE changed_pair (account_id TEXT NOT NULL, content_id TEXT NOT NULL, PRIMARY KEY (account_id, content_id)) WITHOUT ROWID");
  c.prepare(
    `INSERT OR IGNORE INTO temp.changed_pair
     SELECT account_id, content_id FROM (
       SELECT account_id, content_id, day FROM temp.old_content
       EXCEPT SELECT a.account_id, a.content_id, a.day FROM account_content_day a WHERE ${inRange})
     UNION
     SELECT account_id, content_id FROM (
       SELECT a.account_id, a.content_id, a.day FROM account_content_day a WHERE ${inRange}
       EXCEPT SELECT account_id, content_id, day FROM temp.old_content)`,
  ).run(params);
  keyTable(db);
  nextDays(db, merchantId, "temp.changed_pair", "@to", { to: range.to });
  refreshKeys(db, merchantId);
  for (const t of ["old_content", "changed_pair", "content_key"]) c.exec(`DROP TABLE temp.${t}`);
}
