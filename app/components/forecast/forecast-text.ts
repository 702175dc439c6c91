// The forecast's own messages in the page's language: the domain returns codes and parameters,
// model labels are translated piece by piece.
import { useTranslation } from "react-i18next";
import { modelLabelIn } from "~/domain/forecast/explain-messages";
import { translate, type Message } from "~/domain/message";

const INDEX = { en: 0, "zh-CN": 1, ja: 2 } as const;

export function useForecastText() {
  const { t, i18n } = useTranslation();
  const index = INDEX[i18n.language as keyof typeof INDEX] ?? 0;
  const model = (label: string) => modelLabelIn(label, index);
  /** a forecast message; its `model` and `tried` parameters are model labels */
  const message = (m: Message) => {
    const params = { ...m.params };
    for (const k of ["model", "tried"]) if (typeof params[k] === "string") params[k] = model(params[k] as string);
    return translate((key, o) => t(key as never, o as never) as unknown as string, { ...m, params });
  };
  return { t, model, message };
}
