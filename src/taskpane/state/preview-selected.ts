/**
 * The clerk's "Preview the selected rows": reads the selection, checks the workbook and shows
 * what those rows would send (a table, and each request for IT). Nothing is sent.
 */
import type { Dispatch } from "react";
import { FEISHU_PATHS } from "../../core/feishu/schemas";
import { previewLine } from "../../core/preview";
import type { RowChanges } from "../../excel/types";
import type { Prepared } from "../ports";
import { S } from "../strings";
import type { Action } from "./reducer";
import { scopeRecords } from "./selectors";

export interface PreviewDeps {
  dispatch: Dispatch<Action>;
  refreshSelection(): Promise<RowChanges>;
  prepareNow(): Promise<Prepared>;
  fail(e: unknown): void;
}

export async function previewSelected({ dispatch, refreshSelection, prepareNow, fail }: PreviewDeps) {
  const selection = await refreshSelection();
  if (!selection.some((s) => s.rows.length > 0)) {
    dispatch({ type: "preview/set", preview: null });
    dispatch({ type: "notice/set", notice: { intent: "info", text: S.previewNoRow } });
    return;
  }
  try {
    const prepared = await prepareNow();
    dispatch({ type: "live/done", prepared });
    const records = scopeRecords(prepared, "selected", selection);
    const errorRows = new Set(
      prepared.issues.filter((i) => i.severity === "error" && i.row >= 0).map((i) => `${i.kind}:${i.row}`),
    );
    const notReady = selection.reduce(
      (n, s) => n + s.rows.filter((row) => errorRows.has(`${s.kind}:${row}`)).length,
      0,
    );
    const preview = {
      lines: records.map(previewLine),
      notReady,
      requests: records.map((r) => ({
        path: `POST ${FEISHU_PATHS.create}?employee_type=${r.employeeType}`,
        json: JSON.stringify(r.body, null, 2),
      })),
    };
    dispatch({ type: "preview/set", preview });
  } catch (e) {
    fail(e);
  }
}
