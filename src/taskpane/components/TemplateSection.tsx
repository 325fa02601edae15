/** Create or repair the four kind sheets, and say what changed. */
import { Body1, Button, MessageBar, MessageBarBody, Spinner, Subtitle2 } from "@fluentui/react-components";
import { KINDS, type RecordKind } from "../../core/kinds";
import type { TemplateReport } from "../../excel/types";
import { S } from "../strings";
import { useLayoutStyles } from "../theme";
import { useLocale, useText } from "../i18n";

export interface TemplateSectionProps {
  report: TemplateReport | null;
  working: boolean;
  disabled: boolean;
  onCreate(): void;
}

export function TemplateSection({ report, working, disabled, onCreate }: TemplateSectionProps) {
  const t = useText();
  const styles = useLayoutStyles();
  const locale = useLocale();
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
  const names = (kinds: RecordKind[]) => list(kinds.map((k) => t(KINDS[k].label)));
  return (
    <section className={styles.section} aria-labelledby="template-title">
      <Subtitle2 as="h2" id="template-title">
        {t(S.templateTitle)}
      </Subtitle2>
      <Body1 className={styles.muted}>{t(S.templateHelp)}</Body1>
      <div className={styles.row}>
        <Button appearance="primary" onClick={onCreate} disabled={disabled}>
          {t(S.templateButton)}
        </Button>
        {working ? <Spinner size="tiny" label={t(S.templateWorking)} /> : null}
      </div>
      {report ? (
        <Body1 role="status" data-testid="template-report">
          {[
            report.created.length ? t(S.templateCreated, { names: names(report.created) }) : "",
            report.repaired.length ? t(S.templateRepaired, { names: names(report.repaired) }) : "",
            report.unchanged.length ? t(S.templateUnchanged, { names: names(report.unchanged) }) : "",
          ]
            .filter(Boolean)
            .join(locale === "zh-CN" ? "" : " ")}
        </Body1>
      ) : null}
      {report?.conflicts?.length ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t(S.templateConflicts, {
              sheets: list(
                report.conflicts.map((c) => (locale === "zh-CN" ? `「${c.sheet}」` : `"${c.sheet}"`)),
              ),
            })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
