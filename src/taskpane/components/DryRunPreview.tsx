/**
 * What the chosen rows will send, as a table a clerk can read (person, kind and type, start and
 * end exactly as sent, length); the JSON requests stay behind a toggle for IT. Nothing is sent.
 */
import { useState } from "react";
import { Body1, Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { KINDS } from "../../core/kinds";
import type { HeaderRows } from "../../core/sheet-rows";
import type { Preview } from "../state/reducer";
import { rowLabel } from "../format";
import { S } from "../strings";
import { useText } from "../i18n";

const useStyles = makeStyles({
  table: {
    width: "100%",
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  cell: {
    textAlign: "start",
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  head: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "normal" },
  muted: { color: tokens.colorNeutralForeground3 },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    maxHeight: "320px",
    overflowY: "auto",
    margin: 0,
  },
});

export interface DryRunPreviewProps {
  preview: Preview | null;
  headerRows: HeaderRows;
  disabled: boolean;
  onPreview(): void;
}

export function DryRunPreview({ preview, headerRows, disabled, onPreview }: DryRunPreviewProps) {
  const t = useText();
  const styles = useStyles();
  const [showJson, setShowJson] = useState(false);
  const th = mergeClasses(styles.cell, styles.head);
  return (
    <div>
      <Button onClick={onPreview} disabled={disabled}>
        {t(S.preview)}
      </Button>
      {preview ? (
        <section aria-label={t(S.previewTitle)} data-testid="dry-run">
          <Body1 as="p">{t(S.previewTitle)}</Body1>
          {preview.lines.length ? (
            <table className={styles.table} data-testid="preview-table">
              <colgroup>
                <col style={{ width: "26%" }} />
                <col style={{ width: "23%" }} />
                <col style={{ width: "30%" }} />
                <col style={{ width: "21%" }} />
              </colgroup>
              <thead>
                <tr>
                  <th className={th} scope="col">
                    {t(S.previewPerson)}
                  </th>
                  <th className={th} scope="col">
                    {t(S.previewKind)} / {t(S.previewType)}
                  </th>
                  <th className={th} scope="col">
                    {t(S.previewStart)} / {t(S.previewEnd)}
                  </th>
                  <th className={th} scope="col">
                    {t(S.previewLength)}
                  </th>
                </tr>
              </thead>
              <tbody>
                {preview.lines.map((l) => (
                  <tr key={`${l.kind}:${l.row}`} data-kind={l.kind} data-row={l.row}>
                    <td className={styles.cell}>
                      <div data-field="person">{l.person}</div>
                      <div className={styles.muted}>{t(rowLabel(l.kind, l.row, headerRows))}</div>
                    </td>
                    <td className={styles.cell}>
                      <div data-field="kind">{t(KINDS[l.kind].label)}</div>
                      <div data-field="type">{t(l.type)}</div>
                    </td>
                    <td className={styles.cell}>
                      <div data-field="start">{l.start}</div>
                      <div data-field="end">{l.end}</div>
                    </td>
                    <td className={styles.cell} data-field="length">
                      {t(l.length)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {preview.notReady > 0 ? (
            <Body1 as="p">{t(S.previewNotReady, { n: preview.notReady })}</Body1>
          ) : null}
          {preview.requests.length ? (
            <div>
              <Button
                appearance="subtle"
                size="small"
                aria-expanded={showJson}
                onClick={() => setShowJson((v) => !v)}
              >
                {t(showJson ? S.previewHideJson : S.previewJson)}
              </Button>
              {showJson ? (
                <pre className={styles.code} tabIndex={0} data-testid="preview-json">
                  {preview.requests.map((r) => `${r.path}\n${r.json}`).join("\n\n")}
                </pre>
              ) : null}
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
