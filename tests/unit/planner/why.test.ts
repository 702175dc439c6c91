// A plan line's "why": one message whose English is what plans have always stored (and the
// command line prints), found again from that English on the plan page and shown in the
// reader's language, for plans saved before the sentence had a code too.
import { describe, expect, it } from "vitest";
import { planLineWhy } from "~/components/planner/planner-text";
import { formatMoney } from "~/domain/money";
import { translate, type Message } from "~/domain/message";
import type { PostEstimate } from "~/domain/planner/estimate";
import { whyBooked, whyEnglish, whyMessage, whyMessageOf, type WhyInput } from "~/domain/planner/why";
import { tOf } from "~/i18n/t";

const say = (lang: string, m: Message) => translate((k, o) => tOf(lang)(k, o) as string, m);

/** The sentence as the planner wrote it before it was a message, word for word. */
function before(w: WhyInput): string {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const money = (v: number) => formatMoney(Math.round(v), w.currency);
  const e = w.estimate;
  const peers = `${e.views.peers.creators} ${e.views.peers.level === "all" ? "" : e.views.peers.level === "tier" ? `${w.tier} ` : `${w.tier} · ${w.category || "uncategorised"} `}creators`;
  const basis = e.estimated
    ? `no ${w.format} posts with you yet, so ${money(e.gmvPerPost)} GMV a post is estimated from ${peers.replace(/\s+/g, " ")}`
    : `${money(e.gmvPerPost)} GMV expected a post (GPM ${money(e.gpmValue)} from ${e.views.posts} own ${w.format} post${e.views.posts === 1 ? "" : "s"}, ${pct(e.views.ownWeight)} own history and ${pct(1 - e.views.ownWeight)} peers for views)`;
  const roi = w.lineCost > 0 ? `; ROI ${(w.lineGmv / w.lineCost).toFixed(1)}` : "; no fee or commission";
  const repeat = w.posts > 1 ? `; ${w.posts} posts, each repeat worth ${pct(w.decay)} of the one before` : "";
  const seeding = w.intent === "seeding" ? (w.quadrant === "seeder" ? "; a seeder, counted toward the seeding share" : "; booked for seeding") : "";
  return `${basis[0].toUpperCase()}${basis.slice(1)}${roi}${repeat}${seeding}.`;
}

function input(o: { estimated: boolean; posts: number; ownPosts: number; level: "all" | "tier" | "tier × category"; cost: number; intent: "seeding" | "harvesting"; quadrant: "seeder" | "both" | null; category: string; currency: string }): WhyInput {
  const estimate = {
    estimated: o.estimated,
    views: { posts: o.ownPosts, ownMean: null, peers: { level: o.level, creators: 14 }, ownWeight: o.estimated ? 0 : 0.62, mean: 0, sd: 0 },
    gpmValue: 123456,
    gmvPerPost: 987654.4,
  } as unknown as PostEstimate;
  return { format: o.ownPosts % 2 ? "live" : "video", posts: o.posts, estimate, lineGmv: 1975308, lineCost: o.cost, intent: o.intent, quadrant: o.quadrant, tier: "waist", category: o.category, currency: o.currency, decay: 0.8 };
}

const cases: WhyInput[] = [];
for (const estimated of [true, false])
  for (const posts of [1, 3])
    for (const level of ["all", "tier", "tier × category"] as const)
      for (const cost of [0, 450000])
        for (const [intent, quadrant] of [["seeding", "seeder"], ["seeding", "both"], ["harvesting", null]] as const)
          cases.push(input({ estimated, posts, ownPosts: estimated ? 0 : posts === 1 ? 1 : 4, level, cost, intent, quadrant, category: level === "tier × category" && cost ? "" : "美妆", currency: posts === 1 ? "CNY" : "USD" }));

describe("a plan line's why", () => {
  it("stores the English the planner has always written, word for word", () => {
    for (const w of cases) expect(whyBooked(w)).toBe(before(w));
  });

  it("is found again from the stored English, and reads in Chinese and Japanese", () => {
    for (const w of cases) {
      const stored = whyBooked(w);
      const back = whyMessageOf(stored);
      expect(back, stored).not.toBeNull();
      for (const lang of ["zh-CN", "ja"]) {
        const text = say(lang, back!);
        expect(text).toBe(say(lang, whyMessage(w)));
        expect(text).not.toContain("{{");
        expect(text.replace(/美妆|waist|GMV|GPM|ROI|US\$|[¥$\d.,%·]/g, ""), `${lang}: ${text}`).not.toMatch(/[A-Za-z]{3,}/);
      }
    }
    const w = cases.find((c) => c.estimate.estimated && c.intent === "seeding" && c.quadrant === "seeder" && c.lineCost > 0)!;
    expect(say("zh-CN", whyMessage(w))).toMatch(/^尚无与本店合作的(直播|短视频)作品，因此每条作品的 GMV ¥9,876\.54 按 14 位达人估算；ROI 4\.4；种草型达人，计入种草占比。$/);
  });

  it("shows on the plan page in the reader's language; a why written by hand stays as it is", () => {
    const stored = whyBooked(cases[cases.length - 1]);
    expect(planLineWhy(tOf("ja"), stored)).toBe(say("ja", whyMessage(cases[cases.length - 1])));
    expect(planLineWhy(tOf("ja"), stored)).toContain("このショップとの");
    expect(planLineWhy(tOf("zh-CN"), "Booked by hand for the launch.")).toBe("Booked by hand for the launch.");
    expect(whyEnglish(whyMessage(cases[0]))).toBe(before(cases[0]));
  });
});
