// What signing in, accounts, members and new merchants say to a person when they refuse, as
// [en, zh-CN, ja] triples. The services (services/auth/people.server.ts, merchants.server.ts,
// workspace-admin.server.ts) return the English of a triple, which the command line prints as it
// always has; a page finds the message again from that English (`accessMessageOf`) and shows it
// in the reader's language.
import { english, messageFromEnglish, type Message, type MessageParams, type TripleTree } from "../message";

export const accessMessages = {
  accessSays: {
    // sign-in and passwords
    signInFailed: ["That email and password do not match an account.", "该邮箱和密码与任何账号都不匹配。", "このメールアドレスとパスワードに一致するアカウントはありません。"],
    tooManyTries: [
      "Too many tries. Wait {{seconds}} seconds and try again.",
      "尝试次数过多。请等待 {{seconds}} 秒后再试。",
      "試行回数が多すぎます。{{seconds}} 秒待ってからもう一度お試しください。",
    ],
    currentWrong: ["The current password is not right.", "当前密码不正确。", "現在のパスワードが正しくありません。"],
    notEmail: ["That is not an email address.", "这不是有效的邮箱地址。", "メールアドレスの形式ではありません。"],
    passwordShort: ["A password has at least {{min}} characters.", "密码至少需要 {{min}} 个字符。", "パスワードは {{min}} 文字以上です。"],
    passwordLong: ["A password has at most 200 characters.", "密码最多 200 个字符。", "パスワードは 200 文字までです。"],
    userExists: ["There is already a user {{email}}.", "已有用户 {{email}}。", "ユーザー {{email}} はすでに存在します。"],
    // workspaces and members
    workspaceSlug: ["A workspace slug is lower-case letters, digits and dashes.", "工作区标识只能由小写字母、数字和连字符组成。", "ワークスペースの識別名は、小文字・数字・ハイフンで作ります。"],
    workspaceExists: ['A workspace "{{slug}}" already exists.', "工作区“{{slug}}”已存在。", "ワークスペース「{{slug}}」はすでに存在します。"],
    noMembership: ["That person has no such membership.", "此人没有该成员身份。", "この人にはそのメンバー資格がありません。"],
    lastOwner: [
      "This is the workspace's last owner; make someone else owner first.",
      "这是工作区的最后一位所有者；请先让其他人成为所有者。",
      "このワークスペースの最後のオーナーです。先に他の人をオーナーにしてください。",
    ],
    noMember: ["There is no such member.", "没有这位成员。", "そのメンバーはいません。"],
    inviteNotOpen: ["That invitation is not open any more.", "该邀请已不再有效。", "この招待はもう有効ではありません。"],
    notUnderstood: [
      "That request was not understood; reload the page and try again.",
      "无法理解该请求；请刷新页面后重试。",
      "リクエストを理解できませんでした。ページを再読み込みしてもう一度お試しください。",
    ],
    // new merchants
    onlyOwner: ["Only an owner of a workspace can add merchants to it.", "只有工作区的所有者才能向其中添加商家。", "ワークスペースにショップを追加できるのは、そのオーナーだけです。"],
    merchantSlug: [
      "A slug is lower-case letters, digits and dashes, starting with a letter or digit.",
      "标识只能由小写字母、数字和连字符组成，并以字母或数字开头。",
      "識別名は小文字・数字・ハイフンで作り、英字か数字で始めます。",
    ],
    timezone: [
      "That is not a time zone name (for example Asia/Shanghai or Asia/Tokyo).",
      "这不是时区名称（例如 Asia/Shanghai 或 Asia/Tokyo）。",
      "タイムゾーン名ではありません（例：Asia/Shanghai、Asia/Tokyo）。",
    ],
    currency: ["A currency is a three-letter code such as CNY or JPY.", "币种是三个字母的代码，例如 CNY 或 JPY。", "通貨は CNY や JPY のような3文字のコードです。"],
    merchantExists: ['A merchant "{{slug}}" already exists.', "商家“{{slug}}”已存在。", "ショップ「{{slug}}」はすでに存在します。"],
  },
} as const satisfies TripleTree;

type Key = keyof typeof accessMessages.accessSays;

/** The English of one of these refusals: what the services return and the command line prints. */
export function accessEnglish(key: Key, params?: MessageParams): string {
  return english(accessMessages, params ? { code: `accessSays.${key}`, params } : { code: `accessSays.${key}` });
}

/** A refusal's English back to its message; null for a sentence no template makes (a library's own). */
export function accessMessageOf(text: string): Message | null {
  return messageFromEnglish(accessMessages, "accessSays", text);
}
