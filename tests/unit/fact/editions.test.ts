// A campaign against its previous edition, worked by hand: editions are matched as the forecast
// matches them (the festival a campaign stands for, else its name without years), in the year
// before, and compared over the same number of their own days.
import { describe, expect, it } from "vitest";
import { comparableDays, editionChange, previousEdition } from "~/domain/fact/editions";

const c = (campaignId: string, name: string, startsOn: string, endsOn: string) => ({ campaignId, name, startsOn, endsOn });

const d11_2026 = c("D11-26", "Double 11 2026", "2026-10-20", "2026-11-11");
const d11_2025 = c("D11-25", "双11 大促", "2025-10-21", "2025-11-11"); // another name, same festival window
const d11_2024 = c("D11-24", "Double 11 2024", "2024-10-20", "2024-11-11");
const brand_2026 = c("BD-26", "Brand Day 2026", "2026-07-20", "2026-07-22");
const brand_2025 = c("BD-25", "Brand-Day 2025", "2025-07-21", "2025-07-23");
const flash = c("F-26", "Summer flash", "2026-08-03", "2026-08-04");
const all = [d11_2026, d11_2025, d11_2024, brand_2026, brand_2025, flash];

describe("previous edition", () => {
  it("finds Double 11 2025 for Double 11 2026 by the festival both stand for, not 2024", () => {
    expect(previousEdition(d11_2026, all)?.campaignId).toBe("D11-25");
    expect(previousEdition(d11_2025, all)?.campaignId).toBe("D11-24");
  });

  it("finds a brand's own campaign by its name without the year", () => {
    expect(previousEdition(brand_2026, all)?.campaignId).toBe("BD-25");
  });

  it("says there is none when no campaign of that key ran the year before", () => {
    expect(previousEdition(flash, all)).toBeNull();
    expect(previousEdition(d11_2024, all)).toBeNull();
    // two years back is not the previous edition
    expect(previousEdition(d11_2026, [d11_2026, d11_2024])).toBeNull();
  });

  it("compares over as many of the previous edition's own days as this one has measured", () => {
    // Double 11 2026 measured 12 days so far (20–31 October): 21 October – 1 November 2025
    expect(comparableDays(d11_2025, 12)).toEqual({ from: "2025-10-21", to: "2025-11-01", days: 12 });
    // a finished campaign longer than its previous edition: the previous one's whole 22 days
    expect(comparableDays(d11_2025, 23)).toEqual({ from: "2025-10-21", to: "2025-11-11", days: 22 });
  });

  it("gives the change in GMV and orders", () => {
    // ¥150,000.00 and 1,200 orders against ¥120,000.00 and 1,500: +25% GMV, −20% orders
    expect(editionChange({ gmv: 15_000_000, orders: 1200 }, { gmv: 12_000_000, orders: 1500 })).toEqual({ gmv: 0.25, orders: -0.2 });
    expect(editionChange({ gmv: 100, orders: 1 }, { gmv: 0, orders: 0 })).toEqual({ gmv: null, orders: null });
  });
});
