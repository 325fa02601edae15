/** The exact request the selected row would send, shown and never sent. */
import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { HeaderRows } from "../../core/sheet-rows";
import type { Preview } from "../state/reducer";
import { rowLabel } from "../format";
import { S } from "../strings";
import { useText } from "../i18n";

const useStyles = makeStyles({
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    overflowX: "auto",
    whiteSpace: "pre-wrap",
    wordBreak: "break-all",
    maxHeight: "320px",
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
  return (
    <div>
      <Button onClick={onPreview} disabled={disabled}>
        {t(S.preview)}
      </Button>
      {preview ? (
        <section aria-label={t(S.previewTitle)} data-testid="dry-run">
          <Body1 as="p">
            {t(S.previewTitle)} — {t(rowLabel(preview.kind, preview.row, headerRows))}
          </Body1>
          {preview.request ? (
            <pre className={styles.code} tabIndex={0}>
              {preview.request.path}
              {"\n"}
              {preview.request.json}
            </pre>
          ) : (
            <Body1 as="p">{t(S.previewNotReady)}</Body1>
          )}
        </section>
      ) : null}
    </div>
  );
}
