// A sentence per creator on why a suggestion books it, in the planner's words.
import { formatMoney } from "../money";
import type { PostEstimate } from "./estimate";
import type { Format, Intent, Quadrant } from "./types";

export interface WhyInput {
  format: Format;
  posts: number;
  estimate: PostEstimate;
  /** hundredths */
  lineGmv: number;
  lineCost: number;
  intent: Intent;
  quadrant: Quadrant | null;
  tier: string;
  category: string;
  currency: string;
  decay: number;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function whyBooked(w: WhyInput): string {
  const money = (v: number) => formatMoney(Math.round(v), w.currency);
  const e = w.estimate;
  const peers = `${e.views.peers.creators} ${e.views.peers.level === "all" ? "" : e.views.peers.level === "tier" ? `${w.tier} ` : `${w.tier} · ${w.category || "uncategorised"} `}creators`;
  const basis = e.estimated
    ? `no ${w.format} posts with you yet, so ${money(e.gmvPerPost)} GMV a post is estimated from ${peers.replace(/\s+/g, " ")}`
    : `${money(e.gmvPerPost)} GMV expected a post (GPM ${money(e.gpmValue)} from ${e.views.posts} own ${w.format} post${e.views.posts === 1 ? "" : "s"}, ${pct(e.views.ownWeight)} own history and ${pct(1 - e.views.ownWeight)} peers for views)`;
  const roi = w.lineCost > 0 ? `; ROI ${(w.lineGmv / w.lineCost).toFixed(1)}` : "; no fee or commission";
  const repeat = w.posts > 1 ? `; ${w.posts} posts, each repeat worth ${pct(w.decay)} of the one before` : "";
  const seeding = w.intent === "seeding" ? (w.quadrant === "seeder" ? "; a seeder, counted toward the seeding share" : "; booked for seeding") : "";
  const text = `${basis[0].toUpperCase()}${basis.slice(1)}${roi}${repeat}${seeding}.`;
  return text;
}
