/** Which rows to send, each choice with how many rows it covers. */
import { Button, Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { Scope } from "../state/reducer";
import { S } from "../strings";
import { useText } from "../i18n";

export interface ScopePickerProps {
  scope: Scope;
  counts: Record<Scope, number>;
  disabled: boolean;
  onChange(scope: Scope): void;
  onRefreshSelection(): void;
}

export function ScopePicker({ scope, counts, disabled, onChange, onRefreshSelection }: ScopePickerProps) {
  const t = useText();
  const options: [Scope, string][] = [
    ["pending", t(S.scopePending)],
    ["selected", t(S.scopeSelected)],
    ["failed", t(S.scopeFailed)],
  ];
  return (
    <Field label={t(S.scope)}>
      <RadioGroup value={scope} onChange={(_, d) => onChange(d.value as Scope)} disabled={disabled}>
        {options.map(([value, label]) => (
          <Radio key={value} value={value} label={t(S.scopeWithCount, { scope: label, n: counts[value] })} />
        ))}
      </RadioGroup>
      {scope === "selected" ? (
        <Button size="small" onClick={onRefreshSelection} disabled={disabled}>
          {t(S.refreshSelection)}
        </Button>
      ) : null}
    </Field>
  );
}
