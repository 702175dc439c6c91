// Plan against actual: what each line delivered, and the GMV variance split into volume (views),
// efficiency (GPM) and mix, parts that add up to the total exactly.
//
//   volume     = (Σ actual views − Σ planned views) × planned GPM of the whole plan
//   mix        = Σ actual views_i × planned GPM_i − Σ actual views × planned GPM of the plan
//                (more of the views went to lines planned at a higher or lower GPM)
//   efficiency = Σ (actual GMV_i − actual views_i × planned GPM_i)
//   total      = Σ actual GMV − Σ planned GMV = volume + mix + efficiency

export interface LineOutcome {
  plannedViews: number;
  plannedGmv: number;
  actualViews: number;
  actualGmv: number;
  actualPosts: number;
}

export interface VarianceSplit {
  total: number;
  volume: number;
  efficiency: number;
  mix: number;
  lines: { volume: number; efficiency: number; total: number; neverPosted: boolean }[];
}

export function varianceSplit(lines: readonly LineOutcome[]): VarianceSplit {
  const pv = lines.reduce((s, l) => s + l.plannedViews, 0);
  const pg = lines.reduce((s, l) => s + l.plannedGmv, 0);
  const av = lines.reduce((s, l) => s + l.actualViews, 0);
  const ag = lines.reduce((s, l) => s + l.actualGmv, 0);
  const planGpv = pv > 0 ? pg / pv : 0;
  // a line planned with no views has no planned GPM of its own: it is read at the plan's
  const gpv = (l: LineOutcome) => (l.plannedViews > 0 ? l.plannedGmv / l.plannedViews : planGpv);
  const atPlannedGpm = lines.reduce((s, l) => s + l.actualViews * gpv(l), 0);
  // a plan with no planned views (and so no planned GMV) misses nothing by volume
  const volume = pv > 0 ? (av - pv) * planGpv : -pg;
  const mix = atPlannedGpm - av * planGpv;
  const efficiency = ag - atPlannedGpm;
  return {
    total: ag - pg,
    volume,
    efficiency,
    mix,
    lines: lines.map((l) => ({
      volume: l.actualViews * gpv(l) - l.plannedGmv,
      efficiency: l.actualGmv - l.actualViews * gpv(l),
      total: l.actualGmv - l.plannedGmv,
      neverPosted: l.actualPosts === 0,
    })),
  };
}
