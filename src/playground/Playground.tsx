/** The playground page: a banner saying what it is, the fake workbook, and the real task pane beside it. */
import { useState, type ReactNode } from "react";
import {
  Button,
  FluentProvider,
  Input,
  Label,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { Locale } from "../core/i18n";
import type { PlaygroundBook } from "./book-store";
import { RowTools } from "./RowTools";
import { addSampleLeaves } from "./sample-rows";
import { WorkbookGrid } from "./WorkbookGrid";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  body: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "flex-start" },
  book: { flex: 1, minWidth: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  tools: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  pane: {
    width: "380px",
    flexShrink: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    height: "calc(100vh - 96px)",
    overflowY: "auto",
  },
});

export interface PlaygroundProps {
  book: PlaygroundBook;
  locale: Locale;
  /** The real task pane, already wired to the fake workbook. */
  children: ReactNode;
}

export function Playground({ book, locale, children }: PlaygroundProps) {
  const styles = useStyles();
  const [count, setCount] = useState("2000");
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Development aid · 开发辅助页面</MessageBarTitle>
            The real task pane beside an in-memory fake workbook: not Excel, nothing here is saved. 这不是
            Excel，页面中的数据不会保存。
          </MessageBarBody>
        </MessageBar>
        <div className={styles.body}>
          <section className={styles.book} aria-label="Fake workbook">
            <div className={styles.tools}>
              <Label htmlFor="sample-count">Sample leave rows</Label>
              <Input
                id="sample-count"
                type="number"
                size="small"
                value={count}
                onChange={(_, d) => setCount(d.value)}
                style={{ width: 90 }}
              />
              <Button size="small" onClick={() => addSampleLeaves(book, Number(count), locale)}>
                Paste sample rows
              </Button>
            </div>
            <RowTools book={book} locale={locale} />
            <WorkbookGrid book={book} />
          </section>
          <aside className={styles.pane} aria-label="Task pane">
            {children}
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}
