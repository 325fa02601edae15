/**
 * Proxy address, API key and employee ID type, saved per user on this device, then tested.
 * In a deployment with sign-in with Microsoft there is no key to type, and when IT set the
 * proxy address the clerk sees it but cannot change it.
 */
import { useState } from "react";
import { Button, Field, Input, Select, Spinner, Subtitle2 } from "@fluentui/react-components";
import { EMPLOYEE_TYPES, type EmployeeType } from "../../core/feishu/schemas";
import type { PaneSettings } from "../settings";
import type { Connection } from "../state/reducer";
import { EMPLOYEE_TYPE_NAMES, S } from "../strings";
import { useLayoutStyles } from "../theme";
import { useText } from "../i18n";
import { ApiKeyHint } from "./ApiKeyHint";
import { ConnectionResult } from "./ConnectionResult";

export interface ConnectionFormProps {
  settings: PaneSettings;
  connection: Connection;
  /** IT set the proxy address for this deployment. */
  proxyUrlManaged: boolean;
  onSaveAndTest(settings: PaneSettings): void;
}

export function ConnectionForm({
  settings,
  connection,
  proxyUrlManaged,
  onSaveAndTest,
}: ConnectionFormProps) {
  const t = useText();
  const styles = useLayoutStyles();
  const [proxyUrl, setProxyUrl] = useState(settings.proxyUrl);
  const entra = settings.credential.type === "entra";
  const [key, setKey] = useState(settings.credential.type === "apiKey" ? settings.credential.key : "");
  const [employeeType, setEmployeeType] = useState<EmployeeType>(settings.employeeType);
  const testing = connection.state === "testing";
  const [tried, setTried] = useState(false);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!proxyUrl.trim() || (!entra && !key.trim())) return;
    onSaveAndTest({
      ...settings,
      proxyUrl,
      credential: entra ? settings.credential : { type: "apiKey", key: key.trim() },
      employeeType,
    });
  };
  return (
    <form className={styles.section} aria-labelledby="connection-title" onSubmit={submit} noValidate>
      <Subtitle2 as="h2" id="connection-title">
        {t(S.connectionTitle)}
      </Subtitle2>
      <Field
        label={t(S.proxyUrl)}
        hint={t(proxyUrlManaged ? S.proxyUrlManaged : S.proxyUrlHint)}
        required={!proxyUrlManaged}
        validationMessage={tried && !proxyUrl.trim() ? t(S.proxyUrlRequired) : undefined}
      >
        <Input
          type="text"
          inputMode="url"
          value={proxyUrl}
          onChange={(_, d) => setProxyUrl(d.value)}
          name="proxyUrl"
          readOnly={proxyUrlManaged}
        />
      </Field>
      {entra ? null : (
        <Field
          label={t(S.apiKey)}
          hint={<ApiKeyHint />}
          required
          validationMessage={tried && !key.trim() ? t(S.apiKeyRequired) : undefined}
        >
          <Input
            type="password"
            value={key}
            onChange={(_, d) => setKey(d.value)}
            name="apiKey"
            autoComplete="off"
          />
        </Field>
      )}
      <Field label={t(S.employeeType)} hint={t(S.employeeTypeHint)}>
        <Select
          value={employeeType}
          onChange={(_, d) => setEmployeeType(d.value as EmployeeType)}
          name="employeeType"
        >
          {EMPLOYEE_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(EMPLOYEE_TYPE_NAMES[type])}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={testing || !proxyUrl.trim()}>
          {t(S.saveAndTest)}
        </Button>
        {testing ? <Spinner size="tiny" label={t(S.testing)} /> : null}
      </div>
      <ConnectionResult connection={connection} proxyUrl={settings.proxyUrl} />
    </form>
  );
}
