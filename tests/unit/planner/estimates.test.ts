// Estimates by hand: a creator with history, a one-post creator between itself and its peers,
// a prospect at its peers' figure.
import { describe, expect, it } from "vitest";
import { estimateViews, fitViewModel, viewFigures, withinVariance } from "../../../app/domain/planner/views-model";
import { estimateGpm, fitGpmModel } from "../../../app/domain/planner/gpm-model";

const L = Math.log;
// Three peers (waist · beauty), log views chosen so the sums are easy:
//   A: 4, 6 (mean 5)   B: 6, 8 (mean 7)   C: 8, 10 (mean 9)
// within variance: each creator's squared deviations 1 + 1 = 2, df 1 each → σ² = 6 / 3 = 2
// peers' mean = (5 + 7 + 9) / 3 = 7; spread of means = (4 + 0 + 4) / 2 = 4; noise = σ²/n = 1
// τ² = 4 − 1 = 3
const peers = [
  { tier: "waist", category: "beauty", logs: [4, 6] },
  { tier: "waist", category: "beauty", logs: [6, 8] },
  { tier: "waist", category: "beauty", logs: [8, 10] },
];

describe("views per post, empirical Bayes", () => {
  const onePost = { tier: "waist", category: "beauty", logs: [11] };
  const model = fitViewModel([...peers, onePost]);

  it("pools the within-creator variance over creators with two posts or more", () => {
    expect(withinVariance(peers)).toBeCloseTo(2, 12);
    expect(model.sigma2).toBeCloseTo(2, 12);
  });

  it("a creator with history: weight n τ² ÷ (σ² + n τ²) on its own mean", () => {
    // peers now include the one-post creator: means 5, 7, 9, 11 → mean 8;
    // spread = (9 + 1 + 1 + 9) / 3 = 20/3; noise = (1 + 1 + 1 + 2) / 4 = 1.25; τ² = 20/3 − 1.25 = 5.41666…
    const tau2 = 20 / 3 - 1.25;
    const e = estimateViews(model, peers[2])!;
    expect(e.peers.mean).toBeCloseTo(8, 12);
    expect(e.peers.tau2).toBeCloseTo(tau2, 12);
    const w = (2 * tau2) / (2 + 2 * tau2);
    expect(e.ownWeight).toBeCloseTo(w, 12);
    expect(e.mean).toBeCloseTo(w * 9 + (1 - w) * 8, 12);
    // predictive sd: σ² plus what is left unknown of the creator's mean, τ²σ² ÷ (σ² + n τ²)
    expect(e.sd).toBeCloseTo(Math.sqrt(2 + (tau2 * 2) / (2 + 2 * tau2)), 12);
  });

  it("a one-post creator lands between its own figure and its peers'", () => {
    const e = estimateViews(model, onePost)!;
    expect(e.ownMean).toBe(11);
    expect(e.mean).toBeGreaterThan(e.peers.mean);
    expect(e.mean).toBeLessThan(11);
    const tau2 = 20 / 3 - 1.25;
    expect(e.ownWeight).toBeCloseTo(tau2 / (2 + tau2), 12);
  });

  it("the range narrows as posts accumulate", () => {
    const one = estimateViews(model, { tier: "waist", category: "beauty", logs: [7] })!;
    const five = estimateViews(model, { tier: "waist", category: "beauty", logs: [7, 7, 7, 7, 7] })!;
    expect(five.sd).toBeLessThan(one.sd);
    expect(five.ownWeight).toBeGreaterThan(one.ownWeight);
  });

  it("a prospect gets its peers' figure and their full spread", () => {
    const e = estimateViews(model, { tier: "waist", category: "beauty", logs: [] })!;
    expect(e.posts).toBe(0);
    expect(e.ownWeight).toBe(0);
    expect(e.mean).toBeCloseTo(8, 12);
    expect(e.sd).toBeCloseTo(Math.sqrt(2 + e.peers.tau2), 12);
  });

  it("falls back to the tier, then to all creators, when a tier × category has fewer than 3", () => {
    const e = estimateViews(model, { tier: "waist", category: "food", logs: [] })!;
    expect(e.peers.level).toBe("tier");
    const h = estimateViews(model, { tier: "head", category: "food", logs: [] })!;
    expect(h.peers.level).toBe("all");
  });

  it("P10–P90 and the expected views of a post, with a calibration factor", () => {
    const f = viewFigures({ mean: L(1001), sd: 0.5 }, 2);
    expect(f.median).toBeCloseTo(1000, 9);
    expect(f.p10).toBeCloseTo(1001 * Math.exp(-1.2815515655446004) - 1, 9);
    expect(f.p90).toBeCloseTo(1001 * Math.exp(1.2815515655446004) - 1, 9);
    expect(f.expected).toBeCloseTo(1001 * Math.exp(0.5) - 1, 9);
  });
});

describe("GPM by credibility on views", () => {
  // three peers: views 1000 each; GMV 1000, 2000, 3000 hundredths → per view 1, 2, 3; μ = 2
  // Σ gmv² = 1000 each (many small orders) → s² = 3000 / 3000 = 1
  // dispersion Σ V (g − μ)² = 1000 (1 + 0 + 1) = 2000; (N − 1) s² = 2; denom = 3000 − 3e6/3000 = 2000
  // τ² = (2000 − 2) / 2000 = 0.999
  const peers = [1000, 2000, 3000].map((gmv) => ({ tier: "waist", category: "beauty", views: 1000, gmv, gmvSquares: 1000 }));
  const model = fitGpmModel(peers);

  it("shrinks a creator's GMV per view toward its peers' by V ÷ (V + s² ÷ τ²)", () => {
    const own = { tier: "waist", category: "beauty", views: 1, gmv: 10, gmvSquares: 100 };
    const e = estimateGpm(model, "waist", "beauty", own)!;
    expect(e.peers.perView).toBeCloseTo(2, 12);
    expect(e.peers.s2).toBeCloseTo(1, 12);
    expect(e.peers.tau2).toBeCloseTo(0.999, 12);
    const z = 1 / (1 + 1 / 0.999);
    expect(e.ownWeight).toBeCloseTo(z, 12);
    expect(e.perView).toBeCloseTo(z * 10 + (1 - z) * 2, 12);
  });

  it("a prospect gets its peers' GMV per view", () => {
    const e = estimateGpm(model, "waist", "beauty", null)!;
    expect(e.perView).toBeCloseTo(2, 12);
    expect(e.ownWeight).toBe(0);
  });
});
