// A maximum-a-posteriori optimizer for Prophet's Stan model, in plain TypeScript, so augurs'
// Prophet runs without the separate Stan-in-WASM package. It solves the same problem Stan's
// `optimizing` does for an additive model with a linear or flat trend:
//   y ~ N(trend + X·β, σ),  k, m ~ N(0, 5),  δ ~ Laplace(0, τ),  β ~ N(0, sigmas),  σ ~ N⁺(0, 0.5)
// For a fixed σ that is a lasso (on δ) with ridge terms, solved by coordinate descent on the
// Gram matrix; σ then has a closed form; the two alternate until they settle.
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

function softThreshold(x: number, l: number): number {
  return x > l ? x - l : x < -l ? x + l : 0;
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

  const theta = new Float64Array(p);
  theta[iK] = flat ? 0 : init.k;
  theta[iM] = init.m;
  const Gtheta = new Float64Array(p);
  for (let a = 0; a < p; a++) {
    let s = 0;
    for (let b = 0; b < p; b++) s += G[a * p + b] * theta[b];
    Gtheta[a] = s;
  }
  const rss = () => {
    let s = yy;
    for (let a = 0; a < p; a++) s += theta[a] * (Gtheta[a] - 2 * Zy[a]);
    return Math.max(0, s);
  };
  let sigma2 = Math.max(1e-8, rss() / n);
  for (let outer = 0; outer < 60; outer++) {
    for (let sweep = 0; sweep < 1000; sweep++) {
      let maxChange = 0;
      for (let j = 0; j < p; j++) {
        if (flat && j === iK) continue;
        const gjj = G[j * p + j];
        let ridge = 0;
        let l1 = 0;
        if (j === iK || j === iM) ridge = sigma2 / 25;
        else if (j < iB) l1 = sigma2 / d.tau;
        else ridge = sigma2 / (d.sigmas[j - iB] ** 2);
        const denom = gjj + ridge;
        if (denom <= 0) continue;
        const rho = Zy[j] - Gtheta[j] + gjj * theta[j];
        const next = softThreshold(rho, l1) / denom;
        const delta = next - theta[j];
        if (delta !== 0) {
          theta[j] = next;
          for (let a = 0; a < p; a++) Gtheta[a] += G[a * p + j] * delta;
          maxChange = Math.max(maxChange, Math.abs(delta));
        }
      }
      if (maxChange < 1e-9) break;
    }
    // d/dσ of  n·log σ + RSS/(2σ²) + 2σ²  is zero at  4σ⁴ + nσ² − RSS = 0.
    const r = rss();
    const next = Math.max(1e-12, (-n + Math.sqrt(n * n + 16 * r)) / 8);
    const settled = Math.abs(next - sigma2) <= 1e-7 * sigma2;
    sigma2 = next;
    if (settled) break;
  }

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
    logs: { debug: "", info: "", warn: "", error: "", fatal: "" },
    params: { k: theta[iK], m: theta[iM], sigmaObs: Math.sqrt(sigma2), delta, beta, trend },
  };
}

export const prophetOptimizer = { optimize: optimizeProphet };
