// The forecast's own messages in the page's language: the domain returns codes and parameters,
// model labels are translated piece by piece.
import { useTranslation } from "react-i18next";
import { modelLabelIn } from "~/domain/forecast/explain-messages";
import { isMessage, translate, type Message } from "~/domain/message";

const INDEX = { en: 0, "zh-CN": 1, ja: 2 } as const;

export function useForecastText() {
  const { t, i18n } = useTranslation();
  const index = INDEX[i18n.language as keyof typeof INDEX] ?? 0;
  const model = (label: string) => modelLabelIn(label, index);
  /** model labels in `model` and `tried` parameters, at any depth, in the page's language */
  const labelled = (m: Message): Message => {
    if (!m.params) return m;
    const params: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(m.params)) {
      params[k] = typeof v === "string" && (k === "model" || k === "tried") ? model(v) : isMessage(v) ? labelled(v) : v;
    }
    return { ...m, params: params as Message["params"] };
  };
  /** a forecast message; its `model` and `tried` parameters are model labels */
  const message = (m: Message) => translate((key, o) => t(key as never, o as never) as unknown as string, labelled(m));
  return { t, model, message };
}
