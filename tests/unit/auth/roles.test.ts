import { describe, expect, it } from "vitest";
import { can, MERCHANT_ACTIONS, roleNeededFor, strongerRole } from "../../../app/domain/auth/roles";
import { safeNextPath } from "../../../app/domain/auth/next-path";

describe("roles", () => {
  it("owner does everything, analyst changes data, viewer reads and exports", () => {
    expect(MERCHANT_ACTIONS.every((a) => can("owner", a))).toBe(true);
    expect(MERCHANT_ACTIONS.filter((a) => can("analyst", a))).toEqual(["read", "export", "import", "undo", "settings", "plan", "report"]);
    expect(MERCHANT_ACTIONS.filter((a) => can("viewer", a))).toEqual(["read", "export"]);
  });

  it("names the least role an action needs", () => {
    expect(roleNeededFor("export")).toBe("viewer");
    expect(roleNeededFor("undo")).toBe("analyst");
    expect(roleNeededFor("members")).toBe("owner");
    expect(roleNeededFor("delete")).toBe("owner");
  });

  it("takes the stronger of a workspace role and a single-merchant grant", () => {
    expect(strongerRole("viewer", "analyst")).toBe("analyst");
    expect(strongerRole("owner", "viewer")).toBe("owner");
    expect(strongerRole(null, "viewer")).toBe("viewer");
    expect(strongerRole(null, null)).toBeNull();
  });
});

describe("safeNextPath", () => {
  it("keeps a path on this site and refuses anything that leaves it", () => {
    expect(safeNextPath("/m/demo/fact?from=2026-01-01")).toBe("/m/demo/fact?from=2026-01-01");
    expect(safeNextPath("//evil.example/x")).toBe("/");
    expect(safeNextPath("/\\evil.example")).toBe("/");
    expect(safeNextPath("https://evil.example")).toBe("/");
    expect(safeNextPath("/ok\nSet-Cookie: x")).toBe("/");
    expect(safeNextPath(null)).toBe("/");
  });
});
