/** Buttons that edit the fake workbook's rows as a clerk would: insert, delete, sort, undo. */
import { useState } from "react";
import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../core/i18n";
import type { PlaygroundBook } from "./book-store";
import { type RowAction, runRowAction } from "./row-actions";
import { playgroundWords, type PlaygroundWords } from "./words";

const ACTIONS: RowAction[] = ["insertAbove", "deleteRows", "sortAscending", "sortDescending", "undo"];

const useStyles = makeStyles({
  tools: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    maxWidth: "320px",
  },
  note: { flexBasis: "100%", color: tokens.colorNeutralForeground2 },
});

export function RowTools({ book, locale }: { book: PlaygroundBook; locale: Locale }) {
  const styles = useStyles();
  const words = playgroundWords(locale);
  const [note, setNote] = useState<keyof PlaygroundWords | null>(null);
  return (
    <div className={styles.tools} role="toolbar" aria-label={words.rowTools}>
      {ACTIONS.map((action) => (
        <Button key={action} size="small" onClick={() => setNote(runRowAction(book, action))}>
          {words[action]}
        </Button>
      ))}
      {note ? (
        <Body1 className={styles.note} role="status">
          {words[note]}
        </Body1>
      ) : null}
    </div>
  );
}
