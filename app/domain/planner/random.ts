// Seeded randomness for simulations: the same seed gives the same P10–P90 on every machine.

export interface Random {
  /** uniform on [0, 1) */
  next(): number;
  /** standard normal */
  normal(): number;
}

/** mulberry32 with Box–Muller normals (the spare of each pair is kept). */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  let spare: number | null = null;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    normal() {
      if (spare !== null) {
        const s = spare;
        spare = null;
        return s;
      }
      let u = 0;
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
  };
}

/** The p-quantile of a sorted sample (linear between order statistics); null when empty. */
export function sortedQuantile(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function medianOf(values: readonly number[]): number | null {
  return sortedQuantile([...values].sort((x, y) => x - y), 0.5);
}
