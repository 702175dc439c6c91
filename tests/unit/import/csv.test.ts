import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CsvSyntaxError, CsvTokenizer, sniffSeparator } from "../../../app/domain/import/csv";

/** Feeds text in pieces of every size from 1 to 7 characters: records must not depend on where chunks end. */
function tokenize(text: string, sep = ",", piece = 0) {
  const t = new CsvTokenizer(sep);
  const out = [];
  if (piece === 0) out.push(...t.push(text, true));
  else {
    for (let i = 0; i < text.length; i += piece) out.push(...t.push(text.slice(i, i + piece)));
    out.push(...t.push("", true));
  }
  return out;
}

const TRICKY = [
  'a,b,c\n1,2,3\n',
  'a,b\r\n"x, y","say ""hi"""\r\n',
  'a,b\n"multi\nline\nvalue",2\nnext,3',
  'a,b\n,\n"",""\n',
  'a;b;c\n1;"2;3";4\n',
  '订单编号,商品名称\n1,"玫瑰 ""精华"" 水"\n2,面膜\n',
  'a,b\n1,2\n\n\n3,4\n',
  'a,b\r\n"x"\r\n"y",\r\n',
];

describe("CsvTokenizer", () => {
  it.each(TRICKY.map((t, i) => [i, t] as const))("agrees with csv-parse on tricky input %i, in any chunking", (_i, text) => {
    const sep = text.includes(";") ? ";" : ",";
    const want = (parse(text, { delimiter: sep, relax_column_count: true, skip_empty_lines: true }) as string[][]);
    for (const piece of [0, 1, 2, 3, 5, 7]) {
      expect(tokenize(text, sep, piece).map((r) => r.values), `piece ${piece}`).toEqual(want);
    }
  });

  it("knows the line each record starts on, across quoted line breaks and empty lines", () => {
    const recs = tokenize('h1,h2\n"a\nb",1\n\nc,2\r\nd,"x\r\ny"\ne,3', ",", 3);
    expect(recs.map((r) => [r.line, r.values[0]])).toEqual([[1, "h1"], [2, "a\nb"], [5, "c"], [6, "d"], [8, "e"]]);
  });

  it("refuses a quote that is never closed, naming the line it opens on", () => {
    const t = new CsvTokenizer(",");
    t.push('a,b\n1,2\n3,"open\nmore\n');
    expect(() => t.push("", true)).toThrow(CsvSyntaxError);
    try {
      new CsvTokenizer(",").push('a,b\n1,2\n3,"open\nmore\n', true);
    } catch (e) {
      expect((e as CsvSyntaxError).line).toBe(3);
    }
  });

  it("keeps text after a closing quote as part of the value, as spreadsheets do", () => {
    expect(tokenize('a,b\n"x"y,2\n').map((r) => r.values)).toEqual([["a", "b"], ["xy", "2"]]);
  });
});

describe("sniffSeparator", () => {
  it.each([
    ["order_id,paid_at,gmv", ","],
    ["order_id;paid_at;gmv", ";"],
    ["order_id\tpaid_at\tgmv", "\t"],
    ['"a;b",c,d', ","],
    ["single", ","],
  ])("%j → %j", (line, sep) => {
    expect(sniffSeparator(line)).toBe(sep);
  });
});
