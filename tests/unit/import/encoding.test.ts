import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { firstInvalidUtf8, incompleteUtf8Tail, sniffEncoding } from "../../../app/domain/import/encoding";

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
const gbk = (s: string) => new Uint8Array(iconv.encode(s, "gbk"));

describe("sniffEncoding", () => {
  it("reads a BOM as UTF-8", () => {
    expect(sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ encoding: "utf-8", bom: true });
  });
  it("reads valid UTF-8 (ASCII included) as UTF-8", () => {
    expect(sniffEncoding(utf8("订单编号,支付时间\n1,2024-06-18"))).toEqual({ encoding: "utf-8", bom: false });
    expect(sniffEncoding(utf8("order_id,gmv\n1,2"))).toEqual({ encoding: "utf-8", bom: false });
  });
  it("reads GBK as GB18030", () => {
    expect(sniffEncoding(gbk("子订单编号,支付时间,订单应付金额\n1,2024-06-18,￥299.00"))).toEqual({ encoding: "gb18030", bom: false });
  });
  it("reads much UTF-8 with a little GBK as UTF-8, so the bad line can be named", () => {
    const mixed = new Uint8Array([...utf8("订单编号,支付时间,订单应付金额,商品名称\n玫瑰精华水,面膜\n"), ...gbk("面膜")]);
    expect(sniffEncoding(mixed).encoding).toBe("utf-8");
  });
  it("does not count a sequence cut off by the end of the sample", () => {
    const cut = utf8("订单").slice(0, 4);
    expect(sniffEncoding(cut)).toEqual({ encoding: "utf-8", bom: false });
  });
});

describe("UTF-8 helpers", () => {
  it("finds the first byte that is not UTF-8", () => {
    expect(firstInvalidUtf8(utf8("ok"))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([...utf8("ab\n"), ...gbk("面")]))).toBe(3);
    // an overlong encoding of "/" is not UTF-8
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(0);
  });
  it("knows how many bytes at the end wait for the next chunk", () => {
    const b = utf8("a订");
    expect(incompleteUtf8Tail(b)).toBe(0);
    expect(incompleteUtf8Tail(b.slice(0, 2))).toBe(1);
    expect(incompleteUtf8Tail(b.slice(0, 3))).toBe(2);
  });
});
