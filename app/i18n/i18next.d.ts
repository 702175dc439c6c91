// i18next's options for this app. Keys are NOT typed through `resources` here: with our catalogs
// that made `tsc` run for over ten minutes and 2.7 GB (key unions of every message). A missing key
// is caught instead by the catalog test (every key in every language) and the pages' browser test.
import "i18next";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    returnNull: false;
  }
}
