import { describe, expect, it } from "vitest";
import { change, ratio } from "../../../app/domain/ratio";

describe("ratio", () => {
  it("divides", () => expect(ratio(1, 4)).toBe(0.25));
  it("has no value on a zero denominator: null, never 0, NaN or Infinity", () => {
    expect(ratio(5, 0)).toBeNull();
    expect(ratio(0, 0)).toBeNull();
  });
  it("has no value for non-finite input", () => expect(ratio(Number.NaN, 2)).toBeNull());
  it("gives change against a previous value, null when there was none", () => {
    expect(change(150, 100)).toBe(0.5);
    expect(change(100, 0)).toBeNull();
  });
});
