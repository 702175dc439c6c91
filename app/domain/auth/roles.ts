// Who may do what to a merchant: the three roles and the actions each allows.

export const ROLES = ["owner", "analyst", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/** Everything a route can ask the gate for. */
export const MERCHANT_ACTIONS = [
  "read",
  "export",
  "import",
  "undo",
  "settings",
  "plan",
  "report",
  "members",
  "audit",
  "delete",
] as const;
export type MerchantAction = (typeof MERCHANT_ACTIONS)[number];

const ALLOWED: Record<Role, ReadonlySet<MerchantAction>> = {
  owner: new Set(MERCHANT_ACTIONS),
  analyst: new Set<MerchantAction>(["read", "export", "import", "undo", "settings", "plan", "report"]),
  viewer: new Set<MerchantAction>(["read", "export"]),
};

export function can(role: Role, action: MerchantAction): boolean {
  return ALLOWED[role].has(action);
}

/** The least role that allows an action: what a 403 page names. */
export function roleNeededFor(action: MerchantAction): Role {
  for (const r of [...ROLES].reverse()) if (can(r, action)) return r;
  return "owner";
}

const RANK: Record<Role, number> = { viewer: 0, analyst: 1, owner: 2 };

/** Of two grants (a workspace role and a single-merchant role), the stronger one applies. */
export function strongerRole(a: Role | null, b: Role | null): Role | null {
  if (!a) return b;
  if (!b) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

export function isRole(v: unknown): v is Role {
  return typeof v === "string" && (ROLES as readonly string[]).includes(v);
}
