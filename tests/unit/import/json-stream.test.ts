import { describe, expect, it } from "vitest";
import { JsonArrayScanner, JsonShapeError, NdjsonScanner } from "../../../app/domain/import/json-stream";

function scanAll(text: string, piece: number) {
  const s = new JsonArrayScanner();
  const out = [];
  for (let i = 0; i < text.length; i += piece) out.push(...s.push(text.slice(i, i + piece)));
  out.push(...s.push("", true));
  return out;
}

describe("JsonArrayScanner", () => {
  const text = '[\n  {"a": 1, "b": "x}]\\"y"},\n  {"a": {"nested": [1, 2]}},\n\n  {"a": 3}\n]\n';

  it.each([1, 2, 3, 7, 1000])("reads objects one by one with their lines, in chunks of %i", (piece) => {
    expect(scanAll(text, piece)).toEqual([
      { line: 2, value: { a: 1, b: 'x}]"y' } },
      { line: 3, value: { a: { nested: [1, 2] } } },
      { line: 5, value: { a: 3 } },
    ]);
  });

  it("refuses what is not an array of objects", () => {
    expect(() => scanAll('{"a": 1}', 100)).toThrow("this JSON is not an array of objects");
    expect(() => scanAll("[1, 2]", 100)).toThrow("item 1 of the array is a number");
    expect(() => scanAll('[{"a": 1}, "x"]', 100)).toThrow("item 2 of the array is a text");
    expect(() => scanAll('[{"a": 1}', 100)).toThrow('the JSON ends before its array is closed (a "]" is missing)');
    expect(() => scanAll('[{"a": 1}] x', 100)).toThrow(JsonShapeError);
  });
});

describe("NdjsonScanner", () => {
  it("reads one object a line, skipping blank lines", () => {
    const s = new NdjsonScanner();
    const out = [...s.push('{"a":1}\n\n{"a"'), ...s.push(":2}"), ...s.push("", true)];
    expect(out).toEqual([{ line: 1, value: { a: 1 } }, { line: 3, value: { a: 2 } }]);
  });
  it("names the line that is not an object", () => {
    const s = new NdjsonScanner();
    expect(() => s.push('{"a":1}\n[1]\n')).toThrow("Line 2 is a list, not an object");
  });
});
