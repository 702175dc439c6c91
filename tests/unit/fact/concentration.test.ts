import { describe, expect, it } from "vitest";
import { topShare, topSum } from "../../../app/domain/fact/concentration";

describe("concentration", () => {
  const gmv = [500, 100, 300, 50, 50];

  it("sums the largest values whatever their order", () => {
    expect(topSum(gmv, 3)).toBe(900);
    expect(topSum(gmv, 10)).toBe(1000);
    expect(topSum(gmv, 0)).toBe(0);
  });

  it("is the top n's share of the values' own total by default", () => {
    expect(topShare(gmv, 1)).toBe(0.5);
    expect(topShare(gmv, 3)).toBe(0.9);
    // fewer creators than n: they carry everything
    expect(topShare(gmv, 10)).toBe(1);
  });

  it("can be a share of a larger total (dependency risk: top three of all GMV)", () => {
    expect(topShare(gmv, 3, 3600)).toBe(0.25);
  });

  it("has no value when there are no sales", () => {
    expect(topShare([], 10)).toBeNull();
    expect(topShare([0, 0], 3)).toBeNull();
    expect(topShare([100], 3, 0)).toBeNull();
  });
});
