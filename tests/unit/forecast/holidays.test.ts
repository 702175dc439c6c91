// The shipped holiday calendar: Spring Festival by the lunar calendar, the logistics stop around
// it, 调休 make-up workdays from the State Council's schedule, Japan's Golden Week, and the
// platform festivals as default campaign days a merchant can switch off or move.
import { describe, expect, it } from "vitest";
import { countryOfTimeZone, publicHolidays, springFestival } from "../../../app/domain/forecast/holidays";
import { buildOccurrences, editionKey, festivalOf, festivalWindow, PLATFORM_FESTIVALS } from "../../../app/domain/forecast/occurrences";

const festival = (id: string) => PLATFORM_FESTIVALS.find((f) => f.id === id)!;

describe("Chinese calendar", () => {
  it("puts Spring Festival on 17 February 2026 and 6 February 2027", () => {
    expect(springFestival(2026)).toBe("2026-02-17");
    expect(springFestival(2027)).toBe("2027-02-06");
  });

  it("marks the logistics stop from seven days before to seven days after the lunar new year", () => {
    const sf = publicHolidays("CN", "2026-01-01", "2027-12-31").filter((o) => o.key === "cn:spring-festival");
    expect(sf.map((o) => [o.startsOn, o.endsOn])).toEqual([
      ["2026-02-10", "2026-02-24"],
      ["2027-01-30", "2027-02-13"],
    ]);
  });

  it("lists 2026's make-up workdays (weekend days worked in exchange for a longer holiday)", () => {
    const workdays = publicHolidays("CN", "2026-01-01", "2026-12-31").filter((o) => o.kind === "workday").map((o) => o.startsOn);
    // State Council schedule for 2026: Sun 4 Jan, Sat 14 and Sat 28 Feb, Sat 9 May, Sun 20 Sep, Sat 10 Oct
    expect(workdays).toEqual(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]);
  });

  it("takes the announced National Day for 2026 and the usual seven days for 2027, not announced yet", () => {
    const nd = publicHolidays("CN", "2026-01-01", "2027-12-31").filter((o) => o.key === "cn:national-day");
    expect(nd.map((o) => [o.startsOn, o.endsOn])).toEqual([
      ["2026-10-01", "2026-10-07"],
      ["2027-10-01", "2027-10-07"],
    ]);
  });
});

describe("Japanese calendar", () => {
  it("groups Golden Week 2026 from Showa Day to the substitute holiday of 6 May", () => {
    const gw = publicHolidays("JP", "2026-04-01", "2026-05-31");
    expect(gw.map((o) => [o.key, o.startsOn, o.endsOn])).toEqual([["jp:golden-week", "2026-04-29", "2026-05-06"]]);
  });

  it("takes the country from the time zone", () => {
    expect(countryOfTimeZone("Asia/Tokyo")).toBe("JP");
    expect(countryOfTimeZone("Asia/Shanghai")).toBe("CN");
    expect(countryOfTimeZone("Europe/Paris")).toBe("none");
    expect(publicHolidays("none", "2026-01-01", "2026-12-31")).toEqual([]);
  });
});

describe("platform festivals", () => {
  it("places 年货节 by the lunar new year and the others on fixed days", () => {
    expect(festivalWindow(festival("nianhuo"), 2026)).toEqual({ startsOn: "2026-01-13", endsOn: "2026-02-07" });
    expect(festivalWindow(festival("double-11"), 2026)).toEqual({ startsOn: "2026-10-20", endsOn: "2026-11-11" });
    expect(festivalWindow(festival("double-11"), 2026, { enabled: true, from: "10-15", to: "11-12" })).toEqual({ startsOn: "2026-10-15", endsOn: "2026-11-12" });
  });

  it("knows an entered campaign as an edition of the festival it covers", () => {
    expect(festivalOf({ startsOn: "2025-10-20", endsOn: "2025-11-11" })?.id).toBe("double-11");
    expect(festivalOf({ startsOn: "2026-05-20", endsOn: "2026-06-18" })?.id).toBe("618");
    expect(festivalOf({ startsOn: "2026-08-08", endsOn: "2026-08-09" })).toBeUndefined();
    expect(editionKey("双11 Double 11 2025")).toBe(editionKey("双11 Double 11 2026"));
  });

  it("adds festival days the merchant did not enter, leaves out the ones switched off", () => {
    const campaigns = [{ name: "双11 Double 11 2026", kind: "platform", startsOn: "2026-10-20", endsOn: "2026-11-11" }];
    const all = buildOccurrences(campaigns, { "99": { enabled: false } }, [], "2026-09-01", "2026-12-31");
    expect(all.map((o) => [o.key, o.source, o.startsOn])).toEqual([
      ["double-11", "campaign", "2026-10-20"],
      ["double-12", "festival", "2026-12-01"],
    ]);
  });
});
