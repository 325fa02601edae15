/** A run's pre-flight, a setup failure mid-run and refused people, on the pane with fakes. */
import { act, fireEvent, screen } from "@testing-library/react";
import type { SubmitOptions } from "../../src/core/engine/types";
import { mapCallResult } from "../../src/core/feishu/outcomes";
import type { SelfCheckAnswer } from "../../src/taskpane/ports";
import { harness, record, renderPane, SELF_CHECK, submitSummary, type Harness } from "./fakes";

const NO_TOKEN: SelfCheckAnswer = {
  ok: true,
  check: {
    ...SELF_CHECK,
    ok: false,
    token: { ok: false, code: 1790010, message: "The proxy cannot get a token / 代理无法获取令牌" },
    calls: { create: false, query: false, process: false, batchGetId: false },
  },
};

async function send(h: Harness, lang: "en-US" | "zh-CN") {
  h.core.prepared = {
    issues: [],
    records: [0, 1, 2].map((r) => record("leave", r)),
    rows: [0, 1, 2].map((row) => ({ kind: "leave" as const, row, state: "ready" as const, stored: {} })),
    rowCounts: { leave: 3 },
    headerRows: {},
  };
  renderPane(h, lang);
  const en = lang === "en-US";
  await act(async () => {
    fireEvent.click(screen.getByRole("tab", { name: en ? "Check" : "检查" }));
  });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: en ? "Check everything" : "全部检查" }));
  });
  await act(async () => {
    fireEvent.click(screen.getByRole("tab", { name: en ? "Send" : "提交" }));
  });
  await act(async () => {
    fireEvent.click(screen.getByTestId("submit-button"));
  });
}

const notice = () => screen.getByRole("alert").textContent ?? "";

test.each([
  [
    "en-US",
    /^Nothing was sent\. .*refused the proxy's app credentials.*What to do \(IT\): .*FEISHU_APP_SECRET/,
  ],
  ["zh-CN", /^未发送任何行。.*拒绝了代理的应用凭证.*处理办法（需 IT）：.*FEISHU_APP_SECRET/],
] as const)("pre-flight refusal (%s): nothing sent, nothing stamped, one language", async (lang, says) => {
  const h = harness({ storedKey: "k", answer: NO_TOKEN });
  await send(h, lang);
  expect(h.core.runs).toEqual([]);
  expect(h.adapter.written).toEqual([]);
  expect(notice()).toMatch(says);
  if (lang === "zh-CN") expect(notice()).not.toMatch(/\b(the|proxy|cannot|token)\b/i);
  else expect(notice()).not.toMatch(/[\u4e00-\u9fff]/);
});

test("a setup failure mid-run: the pane says what IT must fix and that the rest are still to send", async () => {
  const h = harness({ storedKey: "k" });
  const setup = mapCallResult({
    answer: { status: 400, headers: {}, body: { code: 99991672, msg: "Access denied" } },
  });
  h.core.run = async () => submitSummary({ written: 1, cancelled: 2, stoppedBy: "setup", setup });
  await send(h, "en-US");
  expect(notice()).toMatch(
    /^The run stopped; the remaining rows are still to send and none was marked failed\./,
  );
  expect(notice()).toMatch(/lacks a permission.*attendance:task/);
});

test("a person Feishu refuses is remembered in the people sheet, and the sheet is re-checked", async () => {
  const h = harness({ storedKey: "k" });
  h.core.run = async (o: SubmitOptions) => {
    o.onPersonRefused?.(o.records[0], 1220004);
    return submitSummary({ written: 2, failed: 1, failedBy: { unknown_user: 1 } });
  };
  await send(h, "en-US");
  expect(h.adapter.people.find((r) => r[0] === "refused")).toEqual([
    "refused",
    "employee_id",
    h.core.prepared.records[0].body.user_approval.user_id,
    new Date(0).toISOString(),
    "1220004",
  ]);
  expect(h.adapter.shown.length).toBe(2); // the check, and the re-check after the run
});
