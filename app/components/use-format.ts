// The page's formatters, bound to the interface language: every figure a component shows goes
// through these (app/domain/locale-format.ts does the work).
import { useTranslation } from "react-i18next";
import * as F from "~/domain/locale-format";
import { DEFAULT_LOCALE } from "~/i18n/config";

export type Formatters = ReturnType<typeof formattersFor>;

export function formattersFor(locale: F.Locale) {
  return {
    locale,
    money: (cents: number | null, currency: string) => F.money(cents, currency, locale),
    moneyShort: (cents: number | null, currency: string) => F.moneyShort(cents, currency, locale),
    count: (n: number | null) => F.count(n, locale),
    compact: (n: number | null) => F.compact(n, locale),
    decimal: (n: number | null, digits = 2) => F.decimal(n, digits, locale),
    percent: (r: number | null, digits = 1) => F.percent(r, digits, locale),
    change: (r: number | null) => F.change(r, locale),
    points: (d: number | null, digits = 1) => F.points(d, locale, digits),
    multiple: (v: number | null, digits = 2) => F.multiple(v, locale, digits),
    date: (day: string) => F.date(day, locale),
    period: (label: string) => F.period(label, locale),
    week: (w: string) => F.week(w),
  };
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(F.matchLocale(i18n.language) ?? DEFAULT_LOCALE);
}
