// Typed keys: `t("nav.overview")` is checked against the messages, so a key no language has is a
// type error before it can reach a page.
import "i18next";
import type { Messages } from "./messages";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: { common: Messages };
    returnNull: false;
  }
}
