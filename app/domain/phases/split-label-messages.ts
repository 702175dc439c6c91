// What the phase pages call a split value, as [en, zh-CN, ja] texts: labels.server.ts writes a
// message per value (a pillar's name, "no campaign", a content's type and account) and the page
// translates it, so a Chinese or Japanese page never shows the English of a label.
import { fact } from "../../i18n/messages/fact";
import type { TripleTree } from "../message";

// a content's type in the words of the channel of the same name; ugc has no channel
const { live, video, image, other } = fact.channel;

export const splitLabelMessages = {
  splitLabel: {
    /** a name or id from the merchant's data */
    name: ["{{name}}", "{{name}}", "{{name}}"],
    all: ["All", "全部", "すべて"],
    /** `name` is the pillar's name (pillar.name.X) */
    pillar: ["{{pillar}} · {{name}}", "{{pillar}} · {{name}}", "{{pillar}} · {{name}}"],
    /** `type` is the content's type (splitLabel.contentType.X) */
    content: ["{{type}} · {{account}}", "{{type}} · {{account}}", "{{type}} · {{account}}"],
    none: {
      campaign: ["No campaign", "无活动", "キャンペーンなし"],
      account: ["No account (shelf)", "无账号（货架）", "アカウントなし（棚）"],
      content: ["No content (shelf)", "无内容（货架）", "コンテンツなし（棚）"],
    },
    contentType: { live, video, image, ugc: ["UGC", "UGC", "UGC"], other },
  },
} as const satisfies TripleTree;
