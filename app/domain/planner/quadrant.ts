// Seeders and harvesters: a creator (per format) whose seeding rate is above the median of the
// merchant's creators and GPM below is a seeder; the opposite a harvester; both or neither
// otherwise. Creators with fewer than 3 posts are left out of the medians (but still placed).
import { medianOf } from "./random";
import type { Quadrant } from "./types";

export const MIN_POSTS_FOR_MEDIAN = 3;

export interface RateRow {
  posts: number;
  seedingRate: number | null;
  gpm: number | null;
}

export interface Medians {
  seeding: number | null;
  gpm: number | null;
}

export function quadrantMedians(rows: readonly RateRow[]): Medians {
  const counted = rows.filter((r) => r.posts >= MIN_POSTS_FOR_MEDIAN);
  return {
    seeding: medianOf(counted.flatMap((r) => (r.seedingRate === null ? [] : [r.seedingRate]))),
    gpm: medianOf(counted.flatMap((r) => (r.gpm === null ? [] : [r.gpm]))),
  };
}

/** Null when the creator has no rates or there are no medians to compare with. */
export function quadrantOf(r: RateRow, m: Medians): Quadrant | null {
  if (r.seedingRate === null || r.gpm === null || m.seeding === null || m.gpm === null) return null;
  const seeds = r.seedingRate > m.seeding;
  const harvests = r.gpm > m.gpm;
  if (seeds && !harvests) return "seeder";
  if (harvests && !seeds) return "harvester";
  return seeds ? "both" : "neither";
}
