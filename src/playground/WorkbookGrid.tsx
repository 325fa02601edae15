/** The fake workbook drawn as sheets of editable cells, with the add-in's highlights and selection. */
import { memo, useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { Body1, makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { columnLetters, parseAddress, rectText } from "../excel/a1";
import type { PlaygroundBook } from "./book-store";
import { cellText } from "./cell-text";
import type { CellScalar } from "../fake-excel/book";
import { GridCell, type SelectHow } from "./GridCell";

/** Rows drawn per sheet; large sheets say how many more there are. */
const MAX_ROWS = 120;
/** Blank rows drawn below the last used one, so new rows can be typed under a table. */
const SPARE_ROWS = 4;

const useStyles = makeStyles({
  wrap: {
    overflow: "auto",
    maxHeight: "calc(100vh - 160px)",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  head: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: "0 4px",
    zIndex: 1,
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    textAlign: "end",
    padding: "0 4px",
    color: tokens.colorNeutralForeground3,
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: 0,
    // Each cell paints on its own: one cell's new value or fill does not repaint the whole grid
    // (the pane beside it would otherwise wait for thousands of inputs to repaint at every edit).
    contain: "content",
    "& input": {
      border: "none",
      background: "transparent",
      width: "100px",
      padding: "2px 4px",
      font: "inherit",
      color: "inherit",
    },
    "&[data-selected]": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
      outlineOffset: "-2px",
    },
  },
});

export function WorkbookGrid({ book }: { book: PlaygroundBook }) {
  const styles = useStyles();
  useSyncExternalStore(book.subscribe, book.version);
  const sheets = book.fake.book.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);
  const selection = book.fake.book.selection;
  const [chosen, setChosen] = useState<string | null>(null);
  const anchor = useRef<{ row: number; col: number } | null>(null);
  const selectedSheet = selection?.sheet.name ?? null;
  // When the add-in selects a cell (jump to an issue), show that sheet.
  useEffect(() => {
    if (selectedSheet) setChosen(selectedSheet);
  }, [selectedSheet, selection?.rect.row, selection?.rect.col]);
  const active = chosen && sheets.includes(chosen) ? chosen : (sheets[0] ?? null);

  const onCommit = useCallback(
    (label: string, text: string) => {
      const [sheet, address] = label.split("!");
      book.edit(sheet, address, [[text]]);
    },
    [book],
  );
  const onSelect = useCallback(
    (label: string, how: SelectHow) => {
      const [sheet, address] = label.split("!");
      const { rect } = parseAddress(address);
      const current = book.fake.book.selection;
      if (how === "add" && current?.sheet.name === sheet) {
        // Ctrl+click: one more area; the new one becomes the active area, as in Excel.
        const areas = [rect, ...(current.areas ?? [current.rect])];
        anchor.current = { row: rect.row, col: rect.col };
        book.select(sheet, areas.map(rectText).join(","));
        return;
      }
      const extend = how === "extend";
      const from = extend && anchor.current ? anchor.current : { row: rect.row, col: rect.col };
      if (!extend) anchor.current = from;
      const top = Math.min(from.row, rect.row);
      const left = Math.min(from.col, rect.col);
      const span = {
        row: top,
        col: left,
        rows: Math.abs(from.row - rect.row) + 1,
        cols: Math.abs(from.col - rect.col) + 1,
      };
      book.select(sheet, rectText(span));
    },
    [book],
  );

  if (!active) return <Body1>No sheets yet: create the template from the task pane.</Body1>;
  const snap = book.fake.snapshot(active, MAX_ROWS);
  const total = Math.max(snap.values.length, ...snap.tables.map((t) => t.row + 1 + t.rows));
  const width = Math.max(snap.values[0]?.length ?? 0, 8);
  const cols = Array.from({ length: width }, (_, c) => c).filter((c) => !snap.hiddenColumns.includes(c));
  const shown = total > MAX_ROWS ? MAX_ROWS : total + SPARE_ROWS;
  const areas = selection && selection.sheet.name === active ? (selection.areas ?? [selection.rect]) : [];
  /** The selected columns of row r, as a key ("" when none): a row re-renders only when it changes. */
  const selectedCols = (r: number) =>
    cols
      .filter((c) => areas.some((a) => r >= a.row && r < a.row + a.rows && c >= a.col && c < a.col + a.cols))
      .join(",");
  const headerRows = new Set(snap.tables.map((t) => t.row));
  // Rows a filter hides are not drawn, as in Excel.
  const hidden = new Set(snap.hiddenRows);
  const rowsShown = Array.from({ length: shown }, (_, r) => r).filter((r) => !hidden.has(r));
  return (
    <div>
      <TabList
        size="small"
        selectedValue={active}
        onTabSelect={(_, d) => setChosen(String(d.value))}
        aria-label="Sheets"
      >
        {sheets.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.wrap}>
        <table className={styles.table} aria-label={`Sheet ${active}`} data-sheet={active}>
          <thead>
            <tr>
              <th className={styles.head} />
              {cols.map((c) => (
                <th key={c} className={styles.head} scope="col">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rowsShown.map((r) => (
              <GridRow
                key={r}
                sheet={active}
                row={r}
                cols={cols}
                values={snap.values[r]}
                formats={snap.numberFormats[r]}
                fills={snap.fills[r]}
                selectedCols={selectedCols(r)}
                header={headerRows.has(r)}
                dateSystem={book.fake.book.dateSystem}
                cellClass={styles.cell}
                headClass={styles.rowHead}
                onCommit={onCommit}
                onSelect={onSelect}
              />
            ))}
          </tbody>
        </table>
      </div>
      {total > MAX_ROWS ? <Body1>{`Showing the first ${MAX_ROWS} of ${total} rows.`}</Body1> : null}
    </div>
  );
}

interface GridRowProps {
  sheet: string;
  row: number;
  cols: number[];
  values: readonly CellScalar[] | undefined;
  formats: readonly string[] | undefined;
  fills: readonly (string | null)[] | undefined;
  selectedCols: string;
  header: boolean;
  dateSystem: 1900 | 1904;
  cellClass: string;
  headClass: string;
  onCommit(label: string, text: string): void;
  onSelect(label: string, how: SelectHow): void;
}

const sameCells = <T,>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean =>
  a === b || (!!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]));

/**
 * One sheet row. The book is drawn anew after every batch that changed it; a row whose cells,
 * fills and selection are as before is not rendered again (an edit changes one or two rows).
 */
const GridRow = memo(
  function GridRow(p: GridRowProps) {
    const selected = new Set(p.selectedCols ? p.selectedCols.split(",").map(Number) : []);
    return (
      <tr>
        <th className={p.headClass} scope="row">
          {p.row + 1}
        </th>
        {p.cols.map((c) => (
          <GridCell
            key={c}
            label={`${p.sheet}!${columnLetters(c)}${p.row + 1}`}
            text={cellText(p.values?.[c] ?? "", p.formats?.[c] ?? "General", p.dateSystem)}
            fill={p.fills?.[c] ?? null}
            selected={selected.has(c)}
            header={p.header}
            className={p.cellClass}
            onCommit={p.onCommit}
            onSelect={p.onSelect}
          />
        ))}
      </tr>
    );
  },
  // Same props, arrays compared cell by cell (a new drawing makes new arrays of the same cells).
  (a, b) =>
    (Object.keys(a) as (keyof GridRowProps)[]).every((k) => {
      const [x, y] = [a[k], b[k]];
      return Array.isArray(x) && Array.isArray(y) ? sameCells(x, y) : x === y;
    }),
);
