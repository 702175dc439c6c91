// i18next's own key typing over every message made `tsc` take minutes on this machine; keys are
// checked by tests/unit/i18n/messages.test.ts instead (every t("…") in app/ names a message).
import "i18next";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    returnNull: false;
  }
}
