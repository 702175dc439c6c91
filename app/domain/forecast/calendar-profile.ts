// Campaign and holiday shapes. Each past occurrence (a campaign, a festival, a holiday) leaves a
// day-by-day profile: its sales over the baseline of ordinary days around it, from a few days
// before (buyers wait for the pre-sale) through the peak to the tail after. A future occurrence
// takes the profile of its previous edition (same key: Double 11 2025 for Double 11 2026), else
// the average of the merchant's occurrences of the same kind, else none; each day's lift is
// shrunk towards none by how noisy ordinary days are, so a lucky day once does not become a rule.
import { median, quantileSorted } from "./quantile";
import type { Occurrence } from "./occurrences";
import type { Forecaster, ForecastInput } from "./types";

/** Campaigns and festivals are a merchant's choice; holidays and make-up workdays are not. */
export function isCampaignOccurrence(o: { kind: string }): boolean {
  return o.kind !== "holiday" && o.kind !== "workday";
}

/** Days before and after an occurrence that belong to its shape, by kind. */
export function tailsOf(kind: string): { pre: number; post: number } {
  if (kind === "holiday" || kind === "workday") return { pre: 0, post: 0 };
  return { pre: 3, post: 7 };
}

const RANK: Record<string, number> = { platform: 6, brand: 5, flash: 4, other: 3, holiday: 2, workday: 1 };

/** One day of a profile: value = baseline × ratio, or baseline + amount where the baseline is 0. */
export interface ProfileDay {
  ratio: number | null;
  amount: number;
  /** learned from a history day (or filled from its neighbours); absent on days never seen */
  known?: boolean;
}

export interface Profile {
  pre: ProfileDay[];
  body: ProfileDay[];
  post: ProfileDay[];
}

export type ProfileSource = "edition" | "kind" | "none";

export interface AppliedProfile {
  occurrence: Occurrence;
  source: ProfileSource;
  /** the occurrences the profile was learned from, latest first */
  learnedFrom: string[];
  /** the profile laid on this occurrence, resampled to its length and shrunk */
  profile: Profile;
}

interface Slot {
  occ: number;
  part: "pre" | "body" | "post";
  offset: number;
}

/** Which occurrence (and which part of it) each step belongs to: bodies first, by kind. */
export function assignSlots(occ: readonly Occurrence[], length: number): (Slot | null)[] {
  const slots: (Slot | null)[] = new Array(length).fill(null);
  const order = occ.map((_, i) => i).sort((a, b) => (RANK[occ[b].kind] ?? 3) - (RANK[occ[a].kind] ?? 3) || occ[a].start - occ[b].start);
  for (const i of order) {
    const o = occ[i];
    for (let t = Math.max(0, o.start); t <= Math.min(length - 1, o.end); t++) if (!slots[t]) slots[t] = { occ: i, part: "body", offset: t - o.start };
  }
  for (const i of order) {
    const o = occ[i];
    const { pre, post } = tailsOf(o.kind);
    for (let k = 1; k <= pre; k++) {
      const t = o.start - k;
      if (t >= 0 && t < length && !slots[t]) slots[t] = { occ: i, part: "pre", offset: pre - k };
    }
    for (let k = 1; k <= post; k++) {
      const t = o.end + k;
      if (t >= 0 && t < length && !slots[t]) slots[t] = { occ: i, part: "post", offset: k - 1 };
    }
  }
  return slots;
}

/** Per step: whether it belongs to an occurrence (its days or tails). */
export function occurrenceDays(occ: readonly Occurrence[], length: number): boolean[] {
  return assignSlots(occ, length).map(Boolean);
}

/**
 * The ordinary value of each occurrence day: per occurrence, the median of each weekday's free
 * days within six weeks either side of it (further when those are all taken). One baseline per
 * weekday for the whole occurrence, so its days compare with each other as they sold: a day's
 * lift is not moved by which free days happen to sit near it.
 */
export function baselines(
  history: readonly number[],
  slots: readonly (Slot | null)[],
  period: number,
  occ: readonly Occurrence[] = [],
): (number | null)[] {
  const m = period > 1 && period <= 7 ? period : 1;
  const n = history.length;
  const byOcc = new Map<number, (number | null)[]>();
  const baseOf = (i: number): (number | null)[] => {
    const o = occ[i];
    const { pre, post } = o ? tailsOf(o.kind) : { pre: 0, post: 0 };
    const from = (o?.start ?? 0) - pre;
    const to = (o?.end ?? 0) + post;
    const out: (number | null)[] = [];
    for (let pos = 0; pos < m; pos++) {
      let values: number[] = [];
      for (let reach = 42; reach <= 168 && values.length < 2; reach *= 2) {
        values = [];
        for (let t = Math.max(0, from - reach); t <= Math.min(n - 1, to + reach); t++) {
          if (!slots[t] && ((t % m) + m) % m === pos) values.push(history[t]);
        }
      }
      out.push(values.length ? median(values) : null);
    }
    return out;
  };
  return history.map((_, i) => {
    const s = slots[i];
    if (!s) return null;
    let b = byOcc.get(s.occ);
    if (!b) {
      b = baseOf(s.occ);
      byOcc.set(s.occ, b);
    }
    return b[i % m];
  });
}

/** Variance of an ordinary day's ratio to its neighbours (robust), the noise a lift must beat. */
export function ordinaryNoise(history: readonly number[], slots: readonly (Slot | null)[], period: number): number {
  const m = period > 1 && period <= 7 ? period : 1;
  const devs: number[] = [];
  for (let i = Math.max(0, history.length - 182); i < history.length; i++) {
    if (slots[i]) continue;
    const around: number[] = [];
    for (let k = 1; k <= 4; k++) for (const j of [i - k * m, i + k * m]) if (j >= 0 && j < history.length && !slots[j]) around.push(history[j]);
    if (around.length < 3) continue;
    const b = median(around);
    if (b > 0) devs.push(Math.abs(history[i] / b - 1));
  }
  if (devs.length < 10) return 0.04;
  devs.sort((a, b) => a - b);
  return (1.4826 * quantileSorted(devs, 0.5)) ** 2;
}

function emptyProfile(o: Occurrence): Profile {
  const { pre, post } = tailsOf(o.kind);
  const none = () => ({ ratio: null, amount: 0 });
  return {
    pre: Array.from({ length: pre }, none),
    body: Array.from({ length: o.end - o.start + 1 }, none),
    post: Array.from({ length: post }, none),
  };
}

/** Each past occurrence's profile, from the history days it has (null ratios where unknown). */
export function learnProfiles(
  history: readonly number[],
  occ: readonly Occurrence[],
  slots: readonly (Slot | null)[],
  base: readonly (number | null)[],
): (Profile | null)[] {
  const profiles: (Profile | null)[] = occ.map(() => null);
  for (let t = 0; t < history.length; t++) {
    const s = slots[t];
    const b = base[t];
    if (!s || b === null) continue;
    const p = (profiles[s.occ] ??= emptyProfile(occ[s.occ]));
    p[s.part][s.offset] = { ratio: b > 0 ? history[t] / b : null, amount: history[t] - b, known: true };
  }
  // A day with no baseline takes its part's median: a campaign Saturday with no free Saturday
  // near it still had a campaign.
  for (const p of profiles) {
    if (!p) continue;
    p.body = smoothInterior(p.body);
    for (const part of ["pre", "body", "post"] as const) {
      const known = p[part].filter((d) => d.known);
      const ratios = known.filter((d) => d.ratio !== null).map((d) => d.ratio as number);
      if (known.length === 0) continue;
      const fill: ProfileDay = { ratio: ratios.length ? median(ratios) : null, amount: median(known.map((d) => d.amount)), known: true };
      p[part] = p[part].map((d) => (d.known ? d : fill));
    }
  }
  return profiles;
}

/**
 * The days between a long occurrence's first and last day through a running median of five:
 * one creator's big live on a Thursday of last year's campaign is not a rule for this year's
 * Thursday. The first day (pre-sale opening) and the last (the festival day) keep their own.
 */
export function smoothInterior(days: readonly ProfileDay[]): ProfileDay[] {
  const L = days.length;
  if (L < 7) return [...days];
  return days.map((d, i) => {
    if (i === 0 || i === L - 1 || !d.known) return d;
    const window = days.slice(Math.max(1, i - 2), Math.min(L - 1, i + 3)).filter((x) => x.known);
    const ratios = window.filter((x) => x.ratio !== null).map((x) => x.ratio as number);
    return {
      ratio: d.ratio === null || ratios.length === 0 ? d.ratio : median(ratios),
      amount: median(window.map((x) => x.amount)),
      known: true,
    };
  });
}

function resample(days: readonly ProfileDay[], length: number): ProfileDay[] {
  if (days.length === 0) return Array.from({ length }, () => ({ ratio: null, amount: 0 }));
  // The first and last days line up (pre-sale start, peak day); the days between stretch.
  return Array.from({ length }, (_, d) => days[length === 1 ? days.length - 1 : Math.round((d * (days.length - 1)) / (length - 1))]);
}

/** Weighted mean of several profiles' days; each day also says how many editions it rests on. */
function blend(parts: readonly { days: ProfileDay[]; weight: number }[], length: number): { day: ProfileDay; weight: number }[] {
  return Array.from({ length }, (_, d) => {
    let rs = 0;
    let rw = 0;
    let as = 0;
    let aw = 0;
    for (const p of parts) {
      const x = p.days[d];
      if (!x || !x.known) continue;
      if (x.ratio !== null) {
        rs += x.ratio * p.weight;
        rw += p.weight;
      }
      as += x.amount * p.weight;
      aw += p.weight;
    }
    return { day: { ratio: rw > 0 ? rs / rw : null, amount: aw > 0 ? as / aw : 0 }, weight: Math.max(rw, aw) };
  });
}

function shrink(days: { day: ProfileDay; weight: number }[], noise: number): ProfileDay[] {
  return days.map(({ day, weight }) => {
    if (weight === 0) return { ratio: null, amount: 0 };
    const v = noise / Math.max(weight, 1e-9);
    if (day.ratio === null) return day;
    const d = day.ratio - 1;
    const w = d * d + v > 0 ? (d * d) / (d * d + v) : 1;
    return { ratio: 1 + d * w, amount: day.amount * w };
  });
}

/** The profile each occurrence that reaches past `n` takes, and where it came from. */
export function profilesAhead(
  occ: readonly Occurrence[],
  learned: readonly (Profile | null)[],
  n: number,
  total: number,
  noise: number,
): Map<number, AppliedProfile> {
  const out = new Map<number, AppliedProfile>();
  occ.forEach((o, i) => {
    const { pre, post } = tailsOf(o.kind);
    if (o.end + post < n || o.start - pre >= total) return;
    const before = occ
      .map((p, j) => ({ p, j }))
      .filter(({ p, j }) => j !== i && learned[j] && p.start < o.start && p.end < n);
    let source: ProfileSource = "none";
    let from = before.filter(({ p }) => p.key === o.key).sort((a, b) => b.p.start - a.p.start);
    const weights: number[] = [];
    if (from.length) {
      source = "edition";
      from.forEach((_, k) => weights.push(Math.pow(0.5, k)));
    } else if (o.kind !== "holiday" && o.kind !== "workday") {
      from = before.filter(({ p }) => p.kind === o.kind && !p.isDefault === !o.isDefault).sort((a, b) => b.p.start - a.p.start);
      if (from.length) source = "kind";
      from.forEach(() => weights.push(1));
    }
    const length = o.end - o.start + 1;
    const parts = (part: keyof Profile, len: number) =>
      from.map(({ j }, k) => ({ days: part === "body" ? resample(learned[j]![part], len) : learned[j]![part], weight: weights[k] }));
    out.set(i, {
      occurrence: o,
      source,
      learnedFrom: from.map(({ p }) => p.label),
      profile:
        source === "none"
          ? emptyProfile(o)
          : {
              pre: shrink(blend(parts("pre", pre), pre), noise),
              body: shrink(blend(parts("body", length), length), noise),
              post: shrink(blend(parts("post", post), post), noise),
            },
    });
  });
  return out;
}

function applyDay(v: number, d: ProfileDay | undefined): number {
  if (!d) return v;
  if (d.ratio !== null && v > 0) return v * d.ratio;
  return v + d.amount;
}

export interface CalendarFit {
  /** the history with occurrence days replaced by their baseline, for the base model */
  cleaned: number[];
  applied: Map<number, AppliedProfile>;
  slots: (Slot | null)[];
}

export function fitCalendar(input: ForecastInput): CalendarFit | null {
  const occ = input.occurrences;
  const n = input.history.length;
  const total = n + input.horizon;
  if (!occ || occ.length === 0) return null;
  const slots = assignSlots(occ, total);
  if (!slots.some(Boolean)) return null;
  const base = baselines(input.history, slots, input.period, occ);
  const learned = learnProfiles(input.history, occ, slots, base);
  const noise = ordinaryNoise(input.history, slots, input.period);
  const applied = profilesAhead(occ, learned, n, total, noise);
  const cleaned = input.history.map((v, i) => base[i] ?? v);
  return { cleaned, applied, slots };
}

/** Lays the applied profiles on a base forecast of the `horizon` steps after `n`. */
export function layProfiles(point: readonly number[], fit: CalendarFit, n: number): number[] {
  return point.map((v, h) => {
    const s = fit.slots[n + h];
    if (!s) return v;
    const a = fit.applied.get(s.occ);
    return a ? applyDay(v, a.profile[s.part][s.offset]) : v;
  });
}

/** The base model fitted on calendar-cleaned history, with each occurrence's shape laid on its days ahead. */
export function calendarAware(base: Forecaster): Forecaster {
  return {
    id: `${base.id}+calendar`,
    label: `${base.label} + campaign and holiday shapes`,
    usesEvents: true,
    minHistory: base.minHistory,
    forecast(input: ForecastInput): number[] {
      const fit = fitCalendar(input);
      if (!fit) return base.forecast({ ...input, events: undefined, occurrences: undefined });
      const point = base.forecast({ ...input, history: fit.cleaned, events: undefined, occurrences: undefined });
      return layProfiles(point, fit, input.history.length);
    },
  };
}
