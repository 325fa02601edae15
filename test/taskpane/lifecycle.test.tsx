/**
 * The pane's actions on records already in Feishu, against a fake PaneLifecycle port: revoke
 * with its confirmation (how many, who, when), replace, verify marks, adopt, the records sheet,
 * and the Run log row of each run, in both languages.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { text } from "../../src/core/i18n";
import type {
  LifecycleRunOptions,
  LifecycleSummary,
  PaneLifecycle,
  VerifyOptions,
} from "../../src/taskpane/lifecycle-port";
import { makeRecord } from "../engine/support/records";
import { harness, record, renderPane, type Harness } from "./fakes";

const summary = (over: Partial<LifecycleSummary> = {}): LifecycleSummary => ({
  done: 0,
  failed: 0,
  skipped: 0,
  cancelled: 0,
  unresolved: 0,
  failures: [],
  ...over,
});

/** A port that records what it was asked; each run finishes at once unless a test holds it. */
function fakeLifecycle() {
  const asked = {
    revoke: [] as LifecycleRunOptions[],
    replace: [] as LifecycleRunOptions[],
    verify: [] as VerifyOptions[],
  };
  const adopted: { row: number; approvalId: string }[][] = [];
  let release: (() => void) | null = null;
  const port: PaneLifecycle = {
    revoke: {
      confirmation: async (rows) => ({
        count: rows.length,
        people: ["E0001", "E0002"],
        from: "20260105",
        to: "20260107",
      }),
      run: async (o) => {
        asked.revoke.push(o);
        o.onProgress({
          total: o.rows.length,
          sent: 1,
          ok: 1,
          failed: 0,
          retrying: 0,
          remaining: o.rows.length - 1,
          etaMs: null,
        });
        await new Promise<void>((resolve) => {
          release = resolve;
          if (!hold) resolve();
        });
        return summary({
          done: o.signal.aborted ? 1 : o.rows.length,
          cancelled: o.signal.aborted ? o.rows.length - 1 : 0,
        });
      },
    },
    replace: async (o) => {
      asked.replace.push(o);
      return summary({ done: o.rows.length });
    },
    verify: async (o) => {
      asked.verify.push(o);
      return {
        checks: [
          { kind: "leave", row: 3, approvalId: "A3", state: "verified", message: text("一致", "Verified") },
          {
            kind: "leave",
            row: 4,
            approvalId: "A4",
            state: "differs",
            column: "end_time",
            message: text("飞书中的「结束时间」不同", 'Feishu differs in "End time"'),
          },
          {
            kind: "leave",
            row: 2,
            approvalId: "A2",
            state: "not_checkable",
            message: text("暂时无法核对", "Not checkable yet"),
          },
        ],
      };
    },
    fillRecordsSheet: async () => ({ records: 7, foreign: 2 }),
    adopt: async (rows) => {
      adopted.push(rows.map((r) => ({ row: r.record.row, approvalId: r.approvalId })));
    },
  };
  let hold = false;
  return {
    port,
    asked,
    adopted,
    holdRuns() {
      hold = true;
    },
    release: () => release?.(),
  };
}

// Leave rows 0-1 ready, 2 edited, 3-4 submitted.
function workbook(h: Harness) {
  h.core.prepared = {
    issues: [],
    records: [0, 1, 2, 3, 4].map((r) => record("leave", r)),
    rows: [
      ...[0, 1].map((row) => ({ kind: "leave" as const, row, state: "ready" as const, stored: {} })),
      {
        kind: "leave",
        row: 2,
        state: "edited",
        stored: { approvalId: "A2", fingerprint: "old" },
        record: record("leave", 2),
      },
      ...[3, 4].map((row) => ({
        kind: "leave" as const,
        row,
        state: "submitted" as const,
        stored: { approvalId: `A${row}` },
        record: record("leave", row),
      })),
    ],
    rowCounts: { leave: 5 },
    headerRows: {},
  };
}

const click = async (el: HTMLElement) => {
  await act(async () => {
    fireEvent.click(el);
  });
};

async function ready(lang: "en-US" | "zh-CN" = "en-US") {
  const h = harness({ storedKey: "k" });
  const lc = fakeLifecycle();
  h.ports.lifecycle = lc.port;
  workbook(h);
  renderPane(h, lang);
  const en = lang === "en-US";
  await click(screen.getByRole("tab", { name: en ? "Check" : "检查" }));
  await click(screen.getByRole("button", { name: en ? "Check everything" : "全部检查" }));
  await click(screen.getByRole("tab", { name: en ? "Send" : "提交" }));
  return { h, lc };
}

describe("records already in Feishu", () => {
  test("not offered when the pane is handed no lifecycle port", async () => {
    const h = harness({ storedKey: "k" });
    workbook(h);
    renderPane(h);
    await click(screen.getByRole("tab", { name: "Send" }));
    expect(screen.queryByTestId("in-feishu")).toBeNull();
  });

  test("revoke asks first: how many, who and when; keeping them revokes nothing", async () => {
    const { h, lc } = await ready();
    h.adapter.selection = [{ kind: "leave", rows: [0, 3, 4] }];
    await click(screen.getByTestId("revoke-button"));
    const confirm = screen.getByTestId("revoke-confirm");
    expect(within(confirm).getByRole("heading").textContent).toBe("Revoke 2 records in Feishu?");
    expect(within(confirm).getByText("E0001, E0002").tagName).toBe("DD");
    expect(within(confirm).getByText("2026-01-05 to 2026-01-07")).toBeTruthy();
    await click(within(confirm).getByRole("button", { name: "Keep them" }));
    expect(screen.queryByTestId("revoke-confirm")).toBeNull();
    expect(lc.asked.revoke).toHaveLength(0);
  });

  test("a confirmed revoke runs on the selected written rows, shows progress, the result and logs the run", async () => {
    const { h, lc } = await ready();
    h.adapter.selection = [{ kind: "leave", rows: [0, 3, 4] }];
    await click(screen.getByTestId("revoke-button"));
    lc.holdRuns();
    await click(screen.getByTestId("revoke-confirm-button"));
    expect(lc.asked.revoke[0].rows.map((v) => v.row)).toEqual([3, 4]);
    const progress = screen.getByTestId("lifecycle-progress");
    expect(within(progress).getByText("Revoking")).toBeTruthy();
    expect(within(progress).getByText("Revoked")).toBeTruthy();
    // Every other action waits while a run is under way.
    expect((screen.getByTestId("verify-button") as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId("submit-button") as HTMLButtonElement).disabled).toBe(true);
    await act(async () => lc.release());
    const result = screen.getByTestId("lifecycle-result");
    expect(within(result).getByText("Revoked in Feishu: 2")).toBeTruthy();
    expect(h.adapter.logged.map((l) => [l.entry.action, l.entry.total, l.entry.written])).toEqual([
      ["revoke", 2, 2],
    ]);
  });

  test("a revoke acts on the records confirmed, re-read when pressed: a moved row is found, a changed one is not touched", async () => {
    const { h, lc } = await ready();
    h.adapter.selection = [{ kind: "leave", rows: [3, 4] }];
    await click(screen.getByTestId("revoke-button"));
    // Before the clerk confirms, a row is inserted above (A3 is now row 4) and A4's row is edited.
    const rows = h.core.prepared.rows.map((v) => (v.row >= 3 ? { ...v, row: v.row + 1 } : v));
    h.core.prepared = {
      ...h.core.prepared,
      rows: rows.map((v) =>
        v.stored.approvalId === "A4"
          ? { ...v, state: "edited" as const, stored: { ...v.stored, fingerprint: "new" } }
          : v,
      ),
    };
    await click(screen.getByTestId("revoke-confirm-button"));
    expect(lc.asked.revoke[0].rows.map((v) => [v.row, v.stored.approvalId])).toEqual([[4, "A3"]]);
    expect(screen.getByText(/changed after you confirmed and was not touched: A4/)).toBeTruthy();
  });

  test("cancel stops a revoke part-way and says what is left", async () => {
    const { h, lc } = await ready();
    h.adapter.selection = [{ kind: "leave", rows: [3, 4] }];
    await click(screen.getByTestId("revoke-button"));
    lc.holdRuns();
    await click(screen.getByTestId("revoke-confirm-button"));
    await click(within(screen.getByTestId("lifecycle-progress")).getByRole("button", { name: "Cancel" }));
    expect(lc.asked.revoke[0].signal.aborted).toBe(true);
    await act(async () => lc.release());
    expect(screen.getByText("Cancelled (press the button again to carry on): 1")).toBeTruthy();
  });

  test("selecting no written row says so instead of asking", async () => {
    const { h, lc } = await ready();
    h.adapter.selection = [{ kind: "leave", rows: [0, 1] }];
    await click(screen.getByTestId("revoke-button"));
    expect(screen.queryByTestId("revoke-confirm")).toBeNull();
    expect(
      screen.getByText("Select written rows in the sheet first; you confirm before anything is revoked."),
    ).toBeTruthy();
    expect(lc.asked.revoke).toHaveLength(0);
  });

  test("replace takes the edited rows", async () => {
    const { h, lc } = await ready();
    expect(screen.getByText("Edited after they were written: 1")).toBeTruthy();
    await click(screen.getByTestId("replace-button"));
    expect(lc.asked.replace[0].rows.map((v) => v.row)).toEqual([2]);
    expect(within(screen.getByTestId("lifecycle-result")).getByText("Replaced in Feishu: 1")).toBeTruthy();
    expect(h.adapter.logged.map((l) => l.entry.action)).toEqual(["replace"]);
  });

  test.each([
    ["en-US", "Revoke result", "Replace result"],
    ["zh-CN", "撤销结果", "替换结果"],
  ] as const)(
    "%s: each run's result is titled for its kind, not as a send",
    async (lang, revoked, replaced) => {
      const { h } = await ready(lang);
      h.adapter.selection = [{ kind: "leave", rows: [3] }];
      await click(screen.getByTestId("revoke-button"));
      await click(screen.getByTestId("revoke-confirm-button"));
      const title = () => within(screen.getByTestId("lifecycle-result")).getByRole("heading", { level: 2 });
      expect(title().textContent).toBe(revoked);
      await click(screen.getByTestId("replace-button"));
      expect(title().textContent).toBe(replaced);
    },
  );

  test("verify marks each written row; rows that need a look jump to the sheet (zh-CN)", async () => {
    const { h, lc } = await ready("zh-CN");
    expect(screen.getByText("已写入飞书的行：3 行")).toBeTruthy();
    await click(screen.getByTestId("verify-button"));
    expect(lc.asked.verify[0].rows.map((v) => v.row)).toEqual([2, 3, 4]);
    const result = screen.getByTestId("verify-result");
    expect(within(result).getByText("一致：1 行")).toBeTruthy();
    expect(within(result).getByText("与飞书不一致：1 行")).toBeTruthy();
    expect(within(result).getByText("暂时无法核对（明天之后）：1 行")).toBeTruthy();
    const marks = within(screen.getByTestId("verify-marks")).getAllByRole("button");
    expect(marks.map((m) => m.textContent)).toEqual([
      "请假 · 第 6 行：飞书中的「结束时间」不同",
      "请假 · 第 4 行：暂时无法核对",
    ]);
    await click(marks[0]);
    expect(h.adapter.selected).toEqual([["leave", 4, null]]);
    expect(
      h.adapter.logged.map((l) => [l.entry.action, l.entry.written, l.entry.failed, l.entry.skipped]),
    ).toEqual([["verify", 1, 1, 1]]);
  });

  test("the records sheet button says how many records it listed", async () => {
    await ready();
    await click(screen.getByTestId("records-button"));
    expect(
      screen.getByText('The "Feishu records" sheet now lists 7 records, 2 of them written elsewhere.'),
    ).toBeTruthy();
  });
});

describe("rows probably written before", () => {
  // Row 0: E0001's leave on 2026-01-05 09:00–11:00; Feishu already holds the same, another reason.
  const held = {
    code: 0,
    data: {
      user_approvals: [
        {
          user_id: "E0001",
          date: "20260105",
          leaves: [
            {
              approval_id: "7001",
              uniq_id: "annual",
              start_time: "2026-01-05 09:00:00",
              end_time: "2026-01-05 11:00:00",
              i18n_names: { ch: "年假", en: "Annual leave" },
              reason: "家事",
            },
          ],
        },
      ],
    },
  };

  test.each(["en-US", "zh-CN"] as const)(
    "(%s) the send offers adopting the held approval ID, in one click",
    async (lang) => {
      const h = harness({
        storedKey: "k",
        query: async () => ({ answer: { status: 200, headers: {}, body: held } }),
      });
      h.ports = {
        ...h.ports,
        now: () => Date.parse("2026-01-20T02:00:00Z"),
        lifecycle: fakeLifecycle().port,
      };
      const adopted: { row: number; approvalId: string }[][] = [];
      h.ports.lifecycle = {
        adopt: async (rows) => {
          adopted.push(rows.map((r) => ({ row: r.record.row, approvalId: r.approvalId })));
        },
      };
      const records = [makeRecord(0), makeRecord(4)];
      h.core.prepared = {
        issues: [],
        records,
        rows: records.map((r) => ({
          kind: r.kind,
          row: r.row,
          state: "ready" as const,
          stored: {},
          record: r,
        })),
        rowCounts: { leave: 2 },
        headerRows: {},
      };
      renderPane(h, lang);
      const en = lang === "en-US";
      await click(screen.getByRole("tab", { name: en ? "Check" : "检查" }));
      await click(screen.getByRole("button", { name: en ? "Check everything" : "全部检查" }));
      await click(screen.getByRole("tab", { name: en ? "Send" : "提交" }));
      await click(screen.getByTestId("submit-button"));
      expect(h.core.runs[0].records.map((r) => r.row)).toEqual([4]);
      const offer = screen.getByTestId("adopt-choices");
      expect(within(offer).getByRole("heading").textContent).toBe(
        en ? "Probably written before" : "可能已写入过",
      );
      await click(within(offer).getByRole("button", { name: en ? "Use approval 7001" : "采用审批 7001" }));
      expect(adopted).toEqual([[{ row: 0, approvalId: "7001" }]]);
      expect(screen.queryByTestId("adopt-choices")).toBeNull();
      expect(
        screen.getByText(
          en ? "1 row now holds the approval ID Feishu already had." : "已有 1 行填入了飞书中已有的审批 ID。",
        ),
      ).toBeTruthy();
    },
  );
});
