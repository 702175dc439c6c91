// Everything the audit log records, in the words of its action column.
export const AUDIT_ACTIONS = [
  "sign_in",
  "sign_in_failed",
  "sign_out",
  "password_changed",
  "import",
  "undo",
  "settings_applied",
  "phase_definitions_saved",
  "export",
  "report_saved",
  "report_deleted",
  "plan_changed",
  "member_added",
  "member_removed",
  "role_changed",
  "invitation_created",
  "invitation_revoked",
  "invitation_accepted",
  "merchant_created",
  "merchant_deleted",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
