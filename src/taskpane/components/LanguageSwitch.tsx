/** The manual language switch: follows Office at first, then the clerk's choice (remembered). */
import { Radio, RadioGroup, Field } from "@fluentui/react-components";
import type { Locale } from "../../core/i18n";
import { S } from "../strings";
import { useText } from "../i18n";

export interface LanguageSwitchProps {
  locale: Locale;
  onChange(locale: Locale): void;
}

export function LanguageSwitch({ locale, onChange }: LanguageSwitchProps) {
  const t = useText();
  return (
    <Field label={t(S.language)} size="small">
      <RadioGroup layout="horizontal" value={locale} onChange={(_, d) => onChange(d.value as Locale)}>
        <Radio value="zh-CN" label={{ children: "中文", lang: "zh-CN" }} />
        <Radio value="en-US" label={{ children: "English", lang: "en-US" }} />
      </RadioGroup>
    </Field>
  );
}
