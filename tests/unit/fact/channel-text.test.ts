// A channel as a page names it: every channel of the contract has a word in each language, and a
// value the contract does not know is shown as the file gave it.
import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { channelText } from "~/components/channel-text";
import { CHANNELS } from "~/domain/import/kinds";
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
});
