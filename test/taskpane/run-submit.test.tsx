/** A run's pre-flight, a setup failure mid-run and refused people, on the pane with fakes. */
import { act, fireEvent, screen } from "@testing-library/react";
import type { SubmitOptions } from "../../src/core/engine/types";
import { mapCallResult } from "../../src/core/feishu/outcomes";
import type { SelfCheckAnswer } from "../../src/taskpane/ports";
import { makeRecord } from "../engine/support/records";
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

async function send(h: Harness, lang: "en-US" | "zh-CN", records = [0, 1, 2].map((r) => record("leave", r))) {
  h.core.prepared = {
    issues: [],
    records,
    rows: records.map((r) => ({ kind: r.kind, row: r.row, state: "ready" as const, stored: {}, record: r })),
    rowCounts: { leave: records.length },
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

describe("look before sending", () => {
  // Leaves of E0001 (row 0) and E0005 (row 4) on 2026-01-05 09:00–11:00 and 2026-01-05.
  const rows = () => [makeRecord(0), makeRecord(4)];
  const answer = (body: unknown) => async () => ({ answer: { status: 200, headers: {}, body } });
  /** The pane's clock on 2026-01-20, so the rows' days are within the query's reach. */
  const at20 = (h: Harness) =>
    Object.assign(h, { ports: { ...h.ports, now: () => Date.parse("2026-01-20T02:00:00Z") } });
  const foreign = {
    code: 0,
    data: {
      user_approvals: [
        {
          user_id: "E0001",
          date: "20260105",
          leaves: [
            {
              approval_id: "6737202939523236113",
              uniq_id: "other",
              start_time: "2026-01-05 10:00:00",
              end_time: "2026-01-05 18:00:00",
              i18n_names: { ch: "年假", en: "Annual leave" },
              reason: "elsewhere",
            },
          ],
        },
      ],
    },
  };

  test.each(["en-US", "zh-CN"] as const)(
    "(%s) a row overlapping a record Feishu already holds is not sent and shows why",
    async (lang) => {
      const h = at20(harness({ storedKey: "k", query: answer(foreign) }));
      await send(h, lang, rows());
      expect(h.core.runs[0].records.map((r) => r.row)).toEqual([4]);
      // Shown before the send (and again after it, below).
      const shown = h.adapter.shown[1].issues.filter((i) => i.code === "feishu_overlap");
      expect(shown.map((i) => i.row)).toEqual([0]);
      expect(shown[0].message_zh).toContain(
        "飞书已有 E0001 在 01-05 10:00–18:00 的年假（审批 6737202939523236113）",
      );
      expect(shown[0].message_en).toContain("Feishu already has Annual leave for E0001 on 01-05 10:00–18:00");
      // The row stays flagged after the run's re-check.
      const last = h.adapter.shown[h.adapter.shown.length - 1];
      expect(last.issues.some((i) => i.code === "feishu_overlap" && i.row === 0)).toBe(true);
      expect(last.rows.find((v) => v.row === 0)?.state).toBe("invalid");
      // The summary says a row was kept back, and lists it with Feishu's record named.
      expect(
        screen.getByTestId("submit-summary").querySelector('[data-figure="kept-back"]')?.textContent,
      ).toBe(
        lang === "en-US"
          ? "Not sent, because Feishu already has a record on those days: 1"
          : "因飞书中当天已有记录而未提交：1 行",
      );
      const kept = screen.getByTestId("kept-back-report");
      expect(kept.querySelectorAll("[data-failed-row]")).toHaveLength(1);
      expect(kept.querySelector('[data-failed-row="leave:0"]')?.textContent).toContain("6737202939523236113");
    },
  );

  test("a person the query refuses is remembered in the people sheet before sending", async () => {
    const h = at20(
      harness({
        storedKey: "k",
        query: async (_t, body) =>
          body.user_ids.includes("E0005")
            ? { answer: { status: 400, headers: {}, body: { code: 1220004, msg: "user_id is not exist" } } }
            : { answer: { status: 200, headers: {}, body: { code: 0, data: { user_approvals: [] } } } },
      }),
    );
    await send(h, "en-US", rows());
    expect(h.adapter.people.find((r) => r[0] === "refused")?.slice(0, 3)).toEqual([
      "refused",
      "employee_id",
      "E0005",
    ]);
  });

  test.each([
    ["en-US", /^Nothing was sent: Feishu could not be searched.*attendance:task/],
    ["zh-CN", /^未发送任何行：没能在飞书中查询已有的记录。/],
  ] as const)("(%s) when Feishu cannot be searched, nothing is sent or stamped", async (lang, says) => {
    const h = at20(
      harness({
        storedKey: "k",
        query: answer({ code: 99991672, msg: "Access denied. One of the following scopes is required" }),
      }),
    );
    await send(h, lang, rows());
    expect(h.core.runs).toEqual([]);
    expect(h.adapter.written).toEqual([]);
    expect(notice()).toMatch(says);
  });
});
