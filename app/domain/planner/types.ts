// The planner's shared vocabulary: formats, intents, and what one creator's figures per format are.

export const FORMATS = ["live", "video"] as const;
export type Format = (typeof FORMATS)[number];

export const INTENTS = ["seeding", "harvesting"] as const;
export type Intent = (typeof INTENTS)[number];

export const QUADRANTS = ["seeder", "harvester", "both", "neither"] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** A post's format: live is live; video and image are video; anything else is no post. */
export function formatOfContent(contentType: string): Format | null {
  if (contentType === "live") return "live";
  if (contentType === "video" || contentType === "image") return "video";
  return null;
}

/** The z of the 90th percentile of a standard normal: P10–P90 is ±1.2816 sd. */
export const Z90 = 1.2815515655446004;
