// Sign-in, account, members and new-merchant refusals: the services keep the English the command
// line has always printed, and a page shows the same message in Chinese or Japanese.
import { describe, expect, it } from "vitest";
import { accessText } from "~/components/access-text";
import { accessEnglish, accessMessageOf, accessMessages } from "~/domain/auth/messages";
import type { TripleTree } from "~/domain/message";
import { tOf } from "~/i18n/t";

describe("access refusals", () => {
  it("have three texts with the English one's parameters", () => {
    const names = (s: string) => [...new Set([...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]))].sort();
    for (const [k, v] of Object.entries(accessMessages.accessSays as TripleTree)) {
      const [en, zh, ja] = v as unknown as string[];
      expect([en, zh, ja].every((x) => x.trim() !== ""), k).toBe(true);
      expect(names(zh), k).toEqual(names(en));
      expect(names(ja), k).toEqual(names(en));
    }
  });

  it("keep the English word for word", () => {
    expect(accessEnglish("signInFailed")).toBe("That email and password do not match an account.");
    expect(accessEnglish("tooManyTries", { seconds: 30 })).toBe("Too many tries. Wait 30 seconds and try again.");
    expect(accessEnglish("passwordShort", { min: 10 })).toBe("A password has at least 10 characters.");
    expect(accessEnglish("userExists", { email: "a@b.test" })).toBe("There is already a user a@b.test.");
    expect(accessEnglish("merchantExists", { slug: "my-shop" })).toBe('A merchant "my-shop" already exists.');
    expect(accessEnglish("lastOwner")).toBe("This is the workspace's last owner; make someone else owner first.");
  });

  it("read in Chinese and Japanese on the page, data kept, several sentences each translated", () => {
    const zh = tOf("zh-CN");
    const ja = tOf("ja");
    for (const key of Object.keys(accessMessages.accessSays) as (keyof typeof accessMessages.accessSays)[]) {
      const english = accessEnglish(key, { seconds: 30, min: 10, email: "a@b.test", slug: "my-shop" });
      const m = accessMessageOf(english);
      expect(m?.code, english).toBe(`accessSays.${key}`);
      for (const t of [zh, ja]) {
        const text = accessText(t, english);
        expect(text).not.toBe(english);
        // what is left Latin is data (an email, a slug) and names: time zones, currency codes
        expect(text.replace(/a@b\.test|my-shop|Asia\/Shanghai|Asia\/Tokyo|CNY|JPY|Excel/g, "")).not.toMatch(/[A-Za-z]{3,}/);
      }
    }
    expect(accessText(zh, accessEnglish("tooManyTries", { seconds: 30 }))).toBe("尝试次数过多。请等待 30 秒后再试。");
    const two = `${accessEnglish("merchantSlug")} ${accessEnglish("currency")}`;
    expect(accessText(ja, two)).toBe("識別名は小文字・数字・ハイフンで作り、英字か数字で始めます。 通貨は CNY や JPY のような3文字のコードです。");
    // a sentence no template makes (zod's own words) is shown as it is
    expect(accessText(zh, "Too small: expected string to have >=1 characters")).toBe("Too small: expected string to have >=1 characters");
  });
});
