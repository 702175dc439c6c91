// A sentence per creator on why a suggestion books it, in the planner's words, as a message with
// [en, zh-CN, ja] texts. The plan stores (and the command line, JSON and plan downloads print) the
// English of the message; the plan page finds the message again from that English
// (`whyMessageOf`), so plans saved before the sentence had a code read translated too.
import { planner } from "../../i18n/messages/planner";
import { formatMoney } from "../money";
import { english, type Message, type MessageParams, type TripleTree } from "../message";
import type { PostEstimate } from "./estimate";
import type { Format, Intent, Quadrant } from "./types";

export const whyMessages = {
  plannerWhy: {
    sentence: ["{{basis}}{{roi}}{{repeat}}{{seeding}}.", "{{basis}}{{roi}}{{repeat}}{{seeding}}。", "{{basis}}{{roi}}{{repeat}}{{seeding}}。"],
    estimated: [
      "No {{format}} posts with you yet, so {{gmv}} GMV a post is estimated from {{peers}}",
      "尚无与本店合作的{{format}}作品，因此每条作品的 GMV {{gmv}} 按 {{peers}}估算",
      "このショップとの{{format}}投稿がまだないため、1投稿あたりの GMV {{gmv}} は{{peers}}から推定",
    ],
    own_one: [
      "{{gmv}} GMV expected a post (GPM {{gpm}} from {{count}} own {{format}} post, {{own}} own history and {{peer}} peers for views)",
      "预计每条作品 GMV {{gmv}}（GPM {{gpm}}，来自 {{count}} 条与本店合作的{{format}}作品；播放量按 {{own}} 自身历史、{{peer}} 同类达人估算）",
      "1投稿あたりの予想 GMV {{gmv}}（GPM {{gpm}}、このショップとの{{format}}投稿 {{count}} 件から。視聴数は自身の実績 {{own}}、同類の達人 {{peer}} で推定）",
    ],
    own_other: [
      "{{gmv}} GMV expected a post (GPM {{gpm}} from {{count}} own {{format}} posts, {{own}} own history and {{peer}} peers for views)",
      "预计每条作品 GMV {{gmv}}（GPM {{gpm}}，来自 {{count}} 条与本店合作的{{format}}作品；播放量按 {{own}} 自身历史、{{peer}} 同类达人估算）",
      "1投稿あたりの予想 GMV {{gmv}}（GPM {{gpm}}、このショップとの{{format}}投稿 {{count}} 件から。視聴数は自身の実績 {{own}}、同類の達人 {{peer}} で推定）",
    ],
    peers: {
      all: ["{{n}} creators", "{{n}} 位达人", "達人 {{n}} 人"],
      tier: ["{{n}} {{tier}} creators", "{{n}} 位{{tier}}达人", "{{tier}}の達人 {{n}} 人"],
      tierCategory: ["{{n}} {{tier}} · {{category}} creators", "{{n}} 位{{tier}} · {{category}}达人", "{{tier}} · {{category}}の達人 {{n}} 人"],
      uncategorised: ["uncategorised", "未分类", "未分類"],
    },
    roi: ["; ROI {{roi}}", "；ROI {{roi}}", "。ROI {{roi}}"],
    noFee: ["; no fee or commission", "；无费用或佣金", "。出演料・コミッションなし"],
    repeat: [
      "; {{posts}} posts, each repeat worth {{decay}} of the one before",
      "；{{posts}} 条作品，每多一条按上一条的 {{decay}} 计",
      "。{{posts}} 投稿、2投稿目以降は前の投稿の {{decay}} として計算",
    ],
    seeder: ["; a seeder, counted toward the seeding share", "；种草型达人，计入种草占比", "。種草型の達人で、種草のシェアに計上"],
    seeding: ["; booked for seeding", "；为种草而预订", "。種草のために予約"],
  },
} as const satisfies TripleTree;

/** The why's own texts and the planner's words it names (a post's format). */
const TREES: TripleTree = { ...whyMessages, ...planner };

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

function wm(key: string, params?: MessageParams): Message {
  return params ? { code: `plannerWhy.${key}`, params } : { code: `plannerWhy.${key}` };
}

const formatOf = (f: string): Message => ({ code: `planner.format.${f}` });

/** Why a suggestion books a creator, as a message. */
export function whyMessage(w: WhyInput): Message {
  const money = (v: number) => formatMoney(Math.round(v), w.currency);
  const e = w.estimate;
  const level = e.views.peers.level;
  const peers =
    level === "all"
      ? wm("peers.all", { n: e.views.peers.creators })
      : level === "tier"
        ? wm("peers.tier", { n: e.views.peers.creators, tier: w.tier })
        : wm("peers.tierCategory", { n: e.views.peers.creators, tier: w.tier, category: w.category || wm("peers.uncategorised") });
  const basis = e.estimated
    ? wm("estimated", { format: formatOf(w.format), gmv: money(e.gmvPerPost), peers })
    : wm("own", { gmv: money(e.gmvPerPost), gpm: money(e.gpmValue), count: e.views.posts, format: formatOf(w.format), own: pct(e.views.ownWeight), peer: pct(1 - e.views.ownWeight) });
  return wm("sentence", {
    basis,
    roi: w.lineCost > 0 ? wm("roi", { roi: (w.lineGmv / w.lineCost).toFixed(1) }) : wm("noFee"),
    repeat: w.posts > 1 ? wm("repeat", { posts: w.posts, decay: pct(w.decay) }) : "",
    seeding: w.intent === "seeding" ? wm(w.quadrant === "seeder" ? "seeder" : "seeding") : "",
  });
}

/** The English of a why: what a plan stores and the command line prints. */
export function whyEnglish(m: Message): string {
  return english(TREES, m);
}

export function whyBooked(w: WhyInput): string {
  return whyEnglish(whyMessage(w));
}

const WHY = new RegExp(
  "^(?<basis>.+?)(?:; ROI (?<roi>-?[\\d.]+|Infinity|NaN)|(?<noFee>; no fee or commission))" +
    "(?:; (?<posts>\\d+) posts, each repeat worth (?<decay>-?\\d+%) of the one before)?" +
    "(?:; (?<seeding>a seeder, counted toward the seeding share|booked for seeding))?\\.$",
);
const ESTIMATED = /^No (?<format>live|video) posts with you yet, so (?<gmv>.+?) GMV a post is estimated from (?<peers>.+)$/;
const OWN = /^(?<gmv>.+?) GMV expected a post \(GPM (?<gpm>.+?) from (?<count>\d+) own (?<format>live|video) posts?, (?<own>-?\d+%) own history and (?<peer>-?\d+%) peers for views\)$/;
const PEERS = /^(?<n>\d+) (?:(?<tier>.+?) (?:· (?<category>.+?) )?)?creators$/;

/**
 * A stored why back to its message; null for a sentence no template makes (a why written by
 * hand, through the API). Data inside (money, tiers, categories) comes back as it was written.
 */
export function whyMessageOf(text: string): Message | null {
  const m = WHY.exec(text)?.groups;
  if (!m) return null;
  let basis: Message;
  const est = ESTIMATED.exec(m.basis)?.groups;
  const own = OWN.exec(m.basis)?.groups;
  if (est) {
    const p = PEERS.exec(est.peers)?.groups;
    if (!p) return null;
    const n = Number(p.n);
    const peers =
      p.tier === undefined
        ? wm("peers.all", { n })
        : p.category === undefined
          ? wm("peers.tier", { n, tier: p.tier })
          : wm("peers.tierCategory", { n, tier: p.tier, category: p.category === "uncategorised" ? wm("peers.uncategorised") : p.category });
    basis = wm("estimated", { format: formatOf(est.format), gmv: est.gmv, peers });
  } else if (own) {
    basis = wm("own", { gmv: own.gmv, gpm: own.gpm, count: Number(own.count), format: formatOf(own.format), own: own.own, peer: own.peer });
  } else return null;
  const message = wm("sentence", {
    basis,
    roi: m.noFee ? wm("noFee") : wm("roi", { roi: m.roi }),
    repeat: m.posts ? wm("repeat", { posts: Number(m.posts), decay: m.decay }) : "",
    seeding: m.seeding ? wm(m.seeding.startsWith("a seeder") ? "seeder" : "seeding") : "",
  });
  // only a sentence the templates write back word for word is this message
  return whyEnglish(message) === text ? message : null;
}
