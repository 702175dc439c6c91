// One creator's estimate for one format: views, GPM and GMV of a post, with calibrated P10–P90.
import { estimateGpm, type GpmEstimate, type GpmModel, type CreatorSales } from "./gpm-model";
import { Z90 } from "./types";
import { estimateViews, viewFigures, type CreatorLogs, type ViewEstimate, type ViewModel } from "./views-model";

export interface PostEstimate {
  /** true for a prospect: no posts with this merchant, peers' figures only */
  estimated: boolean;
  views: ViewEstimate;
  gpm: GpmEstimate;
  /** calibrated predictive sd of log(1 + views) */
  logSd: number;
  viewsPerPost: number;
  viewsMedian: number;
  viewsP10: number;
  viewsP90: number;
  /** hundredths per 1,000 views */
  gpmValue: number;
  /** hundredths, not rounded: expected views × GPM ÷ 1000 */
  gmvPerPost: number;
  gmvP10: number;
  gmvP90: number;
  /** squared coefficient of variation of GMV per view around the estimate (uncertainty + order noise) */
  gpmCv2: number;
}

export function estimatePost(
  viewModel: ViewModel,
  gpmModel: GpmModel,
  creator: CreatorLogs,
  sales: CreatorSales | null,
  calibration: number,
): PostEstimate | null {
  const views = estimateViews(viewModel, creator);
  const gpm = estimateGpm(gpmModel, creator.tier, creator.category, sales);
  if (!views || !gpm) return null;
  const v = viewFigures(views, calibration);
  const logSd = views.sd * calibration;
  const perView = gpm.perView;
  const gmvPerPost = v.expected * perView;
  // GMV per post is lognormal around its mean: views' spread plus the GPM's own uncertainty
  // and the noise of orders at that many views
  const cv2 = perView > 0 ? (gpm.variance + gpm.peers.s2 / Math.max(1, v.expected)) / (perView * perView) : 0;
  const s2 = logSd * logSd + Math.log(1 + cv2);
  const mu = gmvPerPost > 0 ? Math.log(gmvPerPost) - s2 / 2 : 0;
  const s = Math.sqrt(s2);
  return {
    estimated: creator.logs.length === 0,
    views,
    gpm,
    logSd,
    viewsPerPost: v.expected,
    viewsMedian: v.median,
    viewsP10: v.p10,
    viewsP90: v.p90,
    gpmValue: perView * 1000,
    gmvPerPost,
    gmvP10: gmvPerPost > 0 ? Math.exp(mu - Z90 * s) : 0,
    gmvP90: gmvPerPost > 0 ? Math.exp(mu + Z90 * s) : 0,
    gpmCv2: cv2,
  };
}
