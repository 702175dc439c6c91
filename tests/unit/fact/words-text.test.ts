// A channel or a creator tier as a page names it: every channel of the contract and every default
// tier has a word in each language, and a value we did not name is shown as it is.
import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { channelText, tierText } from "~/components/words-text";
import { CHANNELS } from "~/domain/import/kinds";
import { DEFAULT_TIER_BANDS } from "~/domain/settings";
import { i18nOptions, resources } from "~/i18n/config";

const tIn = (lng: string) => {
  const i = createInstance({ ...i18nOptions, lng, resources });
  void i.init();
  return i.t;
};

describe("channel names", () => {
  it("names every channel of the contract in the page's language", () => {
    const ja = tIn("ja");
    const zh = tIn("zh-CN");
    expect(CHANNELS.map((c) => channelText(ja, c))).toEqual(["ライブ", "動画", "画像", "モール", "検索", "その他"]);
    expect(CHANNELS.map((c) => channelText(zh, c))).toEqual(["直播", "短视频", "图文", "商城", "搜索", "其他"]);
    expect(CHANNELS.map((c) => channelText(tIn("en"), c))).toEqual([...CHANNELS]);
  });

  it("shows a value the contract does not know as it is", () => {
    expect(channelText(tIn("ja"), "橱窗")).toBe("橱窗");
  });

  it("names the default creator tiers in the page's language, and a tier the merchant named as it is", () => {
    const tiers = DEFAULT_TIER_BANDS.map((b) => b.name);
    expect(tiers.map((x) => tierText(tIn("zh-CN"), x))).toEqual(["头部", "肩部", "腰部", "尾部"]);
    expect(tiers.map((x) => tierText(tIn("ja"), x))).toEqual(["トップ", "準トップ", "ミドル", "マイクロ"]);
    expect(tiers.map((x) => tierText(tIn("en"), x))).toEqual(tiers);
    expect(tierText(tIn("ja"), "超头部")).toBe("超头部");
    // a name is not a message key: "name" is not read as the path pillar.name
    expect(tierText(tIn("zh-CN"), "name")).toBe("name");
  });
});
