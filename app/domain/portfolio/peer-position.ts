// Where a merchant stands against its peers: the median of the other merchants of the same
// category (as Douyin Compass compares a shop with same-tier shops), over those the viewer may see.

/** The median of a list, or null for an empty one. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export interface PeerInput {
  id: number;
  category: string;
  value: number | null;
}

/**
 * For each merchant, the median of the same figure over the other merchants of its category
 * (a merchant is never its own peer); null when it has no peer with a value.
 */
export function peerMedians(rows: readonly PeerInput[]): Map<number, { median: number | null; peers: number }> {
  const out = new Map<number, { median: number | null; peers: number }>();
  for (const r of rows) {
    const peers = rows.filter((o) => o.id !== r.id && o.category !== "" && o.category === r.category && o.value !== null);
    out.set(r.id, { median: median(peers.map((p) => p.value as number)), peers: peers.length });
  }
  return out;
}
