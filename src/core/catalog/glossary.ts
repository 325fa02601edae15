/**
 * One name per thing, in both languages: the sheets, columns, buttons, tabs, choices and states
 * the clerk sees. A message that names one of them quotes it exactly as listed here (「…」 in
 * zh-CN, "…" in en-US); test/core/catalog/index.test.ts fails on a quoted name that is not here.
 * Buttons, tabs and choices are the pane's own messages, so their names cannot drift.
 */
import { text, type Text } from "../i18n";
import { KINDS, RECORD_KINDS } from "../kinds";
import { FEISHU_RECORDS_SHEET } from "../records/records-sheet";
import { STATUS_LABELS } from "../status";
import { columnsOf } from "../template/columns";
import { formatMessage, type PaneKey } from "./index";

/** The sheet each run is recorded on (one row per send, revoke or verify run). */
export const RUN_LOG_SHEET: Text = text("运行记录", "Run log");

const pane = (key: PaneKey): Text => ({
  zh: formatMessage("zh-CN", `pane.${key}`),
  en: formatMessage("en-US", `pane.${key}`),
});

export interface Glossary {
  sheets: Text[];
  columns: Text[];
  buttons: Text[];
  tabs: Text[];
  fields: Text[];
  choices: Text[];
  states: Text[];
  /** Names that belong to Excel or Feishu, quoted as those programs show them. */
  outside: Text[];
}

export function glossary(): Glossary {
  const columns = new Map<string, Text>();
  for (const kind of RECORD_KINDS) for (const c of columnsOf(kind)) columns.set(c.header.en, c.header);
  return {
    sheets: [...RECORD_KINDS.map((k) => KINDS[k].sheet), RUN_LOG_SHEET, FEISHU_RECORDS_SHEET],
    columns: [...columns.values()],
    buttons: [
      pane("templateButton"),
      pane("checkAll"),
      pane("saveAndTest"),
      pane("refreshSelection"),
      pane("preview"),
      pane("copyReport"),
      pane("saveReport"),
      pane("revokeButton"),
      pane("replaceButton"),
      pane("verifyButton"),
      pane("recordsSheetButton"),
      // The disclosure that opens what a failure said in its own words, for IT.
      pane("itDetails"),
      // The send button reads "Send 3 rows" / "提交 3 行": messages name it by its verb.
      text("提交", "Send"),
      // The ribbon button that opens the pane (manifest.xml).
      text("飞书考勤", "Feishu Attendance"),
    ],
    tabs: [pane("tabSetup"), pane("tabCheck"), pane("tabSubmit")],
    fields: [pane("employeeType"), pane("proxyUrl"), pane("apiKey"), pane("yourName")],
    choices: [pane("scopePending"), pane("scopeSelected"), pane("scopeFailed")],
    states: Object.values(STATUS_LABELS).filter((s) => s.en !== ""),
    outside: [
      text("开始", "Home"),
      text("常规", "General"),
      text("数值", "Number"),
      text("文本", "Text"),
      text("考勤统计", "Attendance statistics"),
    ],
  };
}
