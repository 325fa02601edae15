/**
 * The playground's own words (a development aid around the pane, not the pane: its text stays
 * out of the catalogue), in both languages.
 */
import type { Locale } from "../core/i18n";

export interface PlaygroundWords {
  rowTools: string;
  insertAbove: string;
  deleteRows: string;
  sortAscending: string;
  sortDescending: string;
  undo: string;
  selectFirst: string;
  selectInTable: string;
  headerWouldGo: string;
  nothingToUndo: string;
}

const WORDS: Record<Locale, PlaygroundWords> = {
  "en-US": {
    rowTools: "Rows, as a clerk edits them",
    insertAbove: "Insert row above",
    deleteRows: "Delete row",
    sortAscending: "Sort A→Z",
    sortDescending: "Sort Z→A",
    undo: "Undo",
    selectFirst: "Select a cell in the sheet first.",
    selectInTable: "Select a cell inside a table first: the table is sorted by that cell's column.",
    headerWouldGo:
      "Excel does not delete a table's header row without its rows: select body rows, or the whole table.",
    nothingToUndo: "Nothing to undo: changes the add-in wrote can clear Excel's undo list.",
  },
  "zh-CN": {
    rowTools: "像文员一样编辑行",
    insertAbove: "在上方插入行",
    deleteRows: "删除行",
    sortAscending: "升序排序",
    sortDescending: "降序排序",
    // Excel's own word for Undo (撤消); 撤销 is this product's word for revoking a record.
    undo: "撤消",
    selectFirst: "请先在工作表中选择一个单元格。",
    selectInTable: "请先选择表格内的单元格：将按该单元格所在列排序。",
    headerWouldGo: "Excel 不会只删除表格的标题行而保留其数据行：请选择数据行，或选择整个表格。",
    nothingToUndo: "没有可撤消的操作：加载项写入的更改可能已清空 Excel 的撤消列表。",
  },
};

export const playgroundWords = (locale: Locale): PlaygroundWords => WORDS[locale];
