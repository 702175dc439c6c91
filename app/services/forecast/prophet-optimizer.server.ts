// A maximum-a-posteriori optimizer for Prophet's Stan model, in plain TypeScript, so augurs'
// Prophet runs without the separate Stan-in-WASM package. It solves the same problem Stan's
// `optimizing` does for an additive model with a linear or flat trend:
//   y ~ N(trend + X·β, σ),  k, m ~ N(0, 5),  δ ~ Laplace(0, τ),  β ~ N(0, sigmas),  σ ~ N⁺(0, 0.5)
// For a fixed σ that is a lasso (on δ) with ridge terms over the Gram matrix; see the loop.
import type {
  ProphetInitialParams,
  ProphetOptimizeOptions,
  ProphetOptimizeOutput,
  ProphetStanDataJSON,
} from "@bsull/augurs/prophet";

interface StanData {
  T: number;
  y: number[];
  t: number[];
  S: number;
  t_change: number[];
  trend_indicator: number;
  K: number;
  s_a: number[];
  s_m: number[];
  X: number[][] | number[];
  sigmas: number[];
  tau: number;
}

/** Solves A·x = b for a symmetric positive definite A (p × p, row-major) by Cholesky. */
function solveSpd(A: Float64Array, b: Float64Array, p: number): Float64Array {
  const L = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i * p + j];
      for (let k = 0; k < j; k++) s -= L[i * p + k] * L[j * p + k];
      if (i === j) L[i * p + i] = Math.sqrt(Math.max(s, 1e-300));
      else L[i * p + j] = s / L[j * p + j];
    }
  }
  const y = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= L[i * p + k] * y[k];
    y[i] = s / L[i * p + i];
  }
  const x = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < p; k++) s -= L[k * p + i] * x[k];
    x[i] = s / L[i * p + i];
  }
  return x;
}

export function optimizeProphet(
  init: ProphetInitialParams,
  dataJson: ProphetStanDataJSON,
  _opts?: ProphetOptimizeOptions,
): ProphetOptimizeOutput {
  const d = JSON.parse(dataJson) as StanData;
  if (d.trend_indicator === 1) throw new Error("prophet optimizer: logistic growth is not supported");
  if (d.s_m.some((v) => v !== 0)) throw new Error("prophet optimizer: multiplicative features are not supported");
  const n = d.T;
  const flat = d.trend_indicator === 2;
  const S = flat ? 0 : d.S;
  const K = d.K;
  const row = (i: number): number[] => {
    const x = d.X as unknown[];
    return Array.isArray(x[i]) ? (x[i] as number[]) : (x as number[]).slice(i * K, i * K + K);
  };
  // Columns: k (slope), m (offset), δ_1..δ_S (slope changes), β_1..β_K (features).
  const p = 2 + S + K;
  const iK = 0;
  const iM = 1;
  const iD = 2;
  const iB = 2 + S;
  const G = new Float64Array(p * p);
  const Zy = new Float64Array(p);
  const z = new Float64Array(p);
  let yy = 0;
  for (let i = 0; i < n; i++) {
    const t = d.t[i];
    z.fill(0);
    z[iK] = flat ? 0 : t;
    z[iM] = 1;
    for (let j = 0; j < S; j++) z[iD + j] = t >= d.t_change[j] ? t - d.t_change[j] : 0;
    const xr = row(i);
    for (let j = 0; j < K; j++) z[iB + j] = d.s_a[j] ? xr[j] : 0;
    const y = d.y[i];
    yy += y * y;
    for (let a = 0; a < p; a++) {
      const za = z[a];
      if (za === 0) continue;
      Zy[a] += za * y;
      for (let b = a; b < p; b++) G[a * p + b] += za * z[b];
    }
  }
  for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) G[a * p + b] = G[b * p + a];

  // Majorize–minimize: |δ| ≤ δ²/(2|δ₀|) + |δ₀|/2 turns the Laplace prior into a ridge whose
  // weights follow the last δ, so each step is one small linear solve; the objective falls at
  // every step. σ² has a closed form given the residuals.
  const theta = new Float64Array(p);
  const A = new Float64Array(p * p);
  const weight = new Float64Array(p);
  const deltaScale = new Float64Array(S).fill(1);
  const rss = () => {
    let s = yy;
    for (let a = 0; a < p; a++) {
      let ga = 0;
      for (let b = 0; b < p; b++) ga += G[a * p + b] * theta[b];
      s += theta[a] * (ga - 2 * Zy[a]);
    }
    return Math.max(0, s);
  };
  let sigma2 = Math.max(1e-8, init.sigmaObs ** 2 * 0.01);
  let iterations = 0;
  let previous = Infinity;
  for (let iter = 0; iter < 200; iter++) {
    iterations++;
    weight[iK] = sigma2 / 25;
    weight[iM] = sigma2 / 25;
    for (let j = 0; j < S; j++) weight[iD + j] = sigma2 / (d.tau * Math.max(deltaScale[j], 1e-9));
    for (let j = 0; j < K; j++) weight[iB + j] = sigma2 / d.sigmas[j] ** 2;
    A.set(G);
    for (let j = 0; j < p; j++) A[j * p + j] += weight[j];
    const next = solveSpd(A, Zy, p);
    let change = 0;
    for (let j = 0; j < p; j++) change = Math.max(change, Math.abs(next[j] - theta[j]));
    theta.set(next);
    if (flat) theta[iK] = 0;
    for (let j = 0; j < S; j++) deltaScale[j] = Math.abs(theta[iD + j]);
    // d/dσ of  n·log σ + RSS/(2σ²) + 2σ²  is zero at  4σ⁴ + nσ² − RSS = 0.
    const r = rss();
    const nextSigma2 = Math.max(1e-12, (-n + Math.sqrt(n * n + 16 * r)) / 8);
    sigma2 = nextSigma2;
    let objective = (n / 2) * Math.log(sigma2) + r / (2 * sigma2) + 2 * sigma2 + (theta[iK] ** 2 + theta[iM] ** 2) / 50;
    for (let j = 0; j < S; j++) objective += Math.abs(theta[iD + j]) / d.tau;
    for (let j = 0; j < K; j++) objective += theta[iB + j] ** 2 / (2 * d.sigmas[j] ** 2);
    // MM creeps towards the exact zeros of the lasso; stop once the posterior stops improving.
    if (change < 1e-7 || previous - objective < 1e-7 * Math.max(1, Math.abs(objective))) break;
    previous = objective;
  }
  // Slope changes the prior shrank to nothing are nothing.
  for (let j = 0; j < S; j++) if (Math.abs(theta[iD + j]) < 1e-6) theta[iD + j] = 0;

  const delta = new Float64Array(d.S);
  for (let j = 0; j < S; j++) delta[j] = theta[iD + j];
  const beta = new Float64Array(K);
  for (let j = 0; j < K; j++) beta[j] = theta[iB + j];
  const trend = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let v = theta[iM] + (flat ? 0 : theta[iK] * d.t[i]);
    for (let j = 0; j < S; j++) if (d.t[i] >= d.t_change[j]) v += delta[j] * (d.t[i] - d.t_change[j]);
    trend[i] = v;
  }
  return {
    logs: { debug: `${iterations} iterations`, info: "", warn: "", error: "", fatal: "" },
    params: { k: theta[iK], m: theta[iM], sigmaObs: Math.sqrt(sigma2), delta, beta, trend },
  };
}

export const prophetOptimizer = { optimize: optimizeProphet };
