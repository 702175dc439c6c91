// How many Field sessions a range can hold at most (content × day rows of the Field pillar),
// counted without building them: the FACT sessions export's size, known before it is built.
import type { Db } from "../../../db/client";

export function fieldSessionCount(db: Db, q: { merchantId: number; from: string; to: string }): number {
  const row = db.$client
    .prepare(
      `SELECT count(*) AS n FROM (SELECT 1 FROM segment_day
        WHERE merchant_id = ? AND pillar = 'F' AND day BETWEEN ? AND ? AND content_id <> ''
        GROUP BY day, content_id)`,
    )
    .get(q.merchantId, q.from, q.to) as { n: number };
  return row.n;
}
