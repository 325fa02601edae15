import { act, fireEvent, screen, within } from "@testing-library/react";
import type { SubmitOptions } from "../../src/core/engine/types";
import { SeveralAreasSelected } from "../../src/excel/types";
import { harness, record, renderPane, submitSummary, type Harness } from "./fakes";

// Leave rows 0-2 fresh, 3 failed, 4 submitted.
function workbook(h: Harness) {
  h.core.prepared = {
    issues: [],
    records: [0, 1, 2, 3, 4].map((r) => record("leave", r)),
    rows: [
      ...[0, 1, 2].map((row) => ({ kind: "leave" as const, row, state: "ready" as const, stored: {} })),
      { kind: "leave", row: 3, state: "failed", stored: {} },
      { kind: "leave", row: 4, state: "submitted", stored: { approvalId: "A4" } },
    ],
    rowCounts: { leave: 5 },
    headerRows: {},
  };
}

async function ready(h: Harness, lang = "en-US") {
  workbook(h);
  renderPane(h, lang);
  fireEvent.click(screen.getByRole("tab", { name: lang === "en-US" ? "Check" : "检查" }));
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: lang === "en-US" ? "Check everything" : "全部检查" }));
  });
  await act(async () => {
    fireEvent.click(screen.getByRole("tab", { name: lang === "en-US" ? "Send" : "提交" }));
  });
}

const click = async (el: HTMLElement) => {
  await act(async () => {
    fireEvent.click(el);
  });
};

describe("submit", () => {
  test.each([
    ["en-US", "Li Na"],
    ["zh-CN", "李娜"],
  ])("%s: the run's client carries the clerk's name for the proxy's audit", async (lang, name) => {
    const h = harness({ storedKey: "k", yourName: name });
    await ready(h, lang);
    await click(screen.getByTestId("submit-button"));
    expect(h.core.runs).toHaveLength(1);
    expect(h.client.made.at(-1)).toEqual({ baseUrl: "https://proxy.test", key: "k", declaredName: name });
  });

  test("each scope shows its count, and the button says how many rows it sends", async () => {
    const h = harness({ storedKey: "k" });
    h.adapter.selection = [{ kind: "leave", rows: [2, 3, 4, 9] }];
    await ready(h);
    expect(screen.getByRole("radio", { name: "All rows not yet sent (3)" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "The selected rows (3)" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "The failed rows (1)" })).toBeTruthy();
    expect(screen.getByTestId("submit-button").textContent).toBe("Send 3 rows");
    await click(screen.getByRole("radio", { name: /The failed rows/ }));
    expect(screen.getByTestId("submit-button").textContent).toBe("Send 1 row");
    await click(screen.getByTestId("submit-button"));
    expect(h.core.runs[0].records.map((r) => r.row)).toEqual([3]);
  });

  test("the selected scope reads the selection again when sending", async () => {
    const h = harness({ storedKey: "k" });
    await ready(h);
    await click(screen.getByRole("radio", { name: /The selected rows/ }));
    expect(screen.getByTestId("submit-button").textContent).toBe("Nothing to send");
    h.adapter.selection = [{ kind: "leave", rows: [0, 1] }];
    await click(screen.getByRole("button", { name: "Use the current selection" }));
    expect(screen.getByTestId("submit-button").textContent).toBe("Send 2 rows");
    h.adapter.selection = [{ kind: "leave", rows: [1] }];
    await click(screen.getByTestId("submit-button"));
    expect(h.core.runs[0].records.map((r) => r.row)).toEqual([1]);
  });

  test.each([
    ["en-US", "Several separate areas are selected", "The selected rows"],
    ["zh-CN", "选中了多块不相连的区域", "选中的行"],
  ])(
    "several selected areas on an older Excel (%s): the clerk is told why, never a silent empty selection",
    async (lang, warning, scope) => {
      const h = harness({ storedKey: "k" });
      await ready(h, lang);
      h.adapter.selectionError = new SeveralAreasSelected();
      await click(screen.getByRole("radio", { name: new RegExp(scope) }));
      expect(screen.getByText(new RegExp(warning))).toBeTruthy();
    },
  );

  test("sending hands results to the sheet and shows the summary with where to find the records", async () => {
    const h = harness({ storedKey: "secret" });
    await ready(h);
    await click(screen.getByTestId("submit-button"));
    expect(h.client.made).toEqual([{ baseUrl: "https://proxy.test", key: "secret" }]);
    expect(h.adapter.written.flat().map((r) => r.approval_id)).toEqual(["A-0", "A-1", "A-2"]);
    // After the run the sheet is repainted from the core's fresh verdicts (failed rows highlighted).
    expect(h.adapter.shown.at(-1)?.rows).toBe(h.core.prepared.rows);
    expect(h.adapter.shown.at(-1)?.scope.map((x) => x.kind)).toEqual(["leave", "out", "overtime", "trip"]);
    const summary = screen.getByTestId("submit-summary");
    expect(summary.textContent).toMatch(/Written to Feishu: 3/);
    expect(summary.textContent).toMatch(/"Attendance statistics" report/);
    expect(summary.textContent).toMatch(/do not appear on the admin console/);
  });

  test("failures are counted by reason", async () => {
    const h = harness({ storedKey: "k" });
    h.core.run = async () =>
      submitSummary({ written: 1, failed: 2, skipped: 1, failedBy: { unknown_user: 1, permission: 1 } });
    await ready(h, "zh-CN");
    await click(screen.getByTestId("submit-button"));
    const summary = screen.getByTestId("submit-summary");
    expect(summary.textContent).toMatch(/已写入飞书：1 行/);
    expect(within(summary).getByText(/员工不存在或不在应用范围内：1 行/)).toBeTruthy();
    expect(within(summary).getByText(/没有权限（请联系 IT）：1 行/)).toBeTruthy();
    expect(summary.textContent).toMatch(/已跳过（之前已提交）：1 行/);
  });

  test("a run is logged; the summary lists failed rows that jump to the sheet and a CSV report for IT", async () => {
    const h = harness({ storedKey: "k" });
    h.core.run = async (o) => {
      await o.onResults?.([
        { kind: "leave", row: 0, status: "submitted", approval_id: "A1" },
        {
          kind: "leave",
          row: 3,
          status: "failed",
          message: 'Unknown employee, "E4"',
          detail: "user_id is not exist",
        },
      ]);
      return submitSummary({ written: 1, failed: 1, failedBy: { unknown_user: 1 } });
    };
    await ready(h);
    await click(screen.getByTestId("submit-button"));
    expect(h.adapter.logged).toHaveLength(1);
    expect(h.adapter.logged[0].entry).toMatchObject({ action: "send", written: 1, failed: 1, skipped: 0 });
    expect(h.adapter.logged[0].entry.scope.en).toBe("All rows not yet sent");
    expect(screen.getByText('This run was added to the "Run log" sheet.')).toBeTruthy();
    const report = screen.getByTestId("failure-report");
    const row = within(report).getByRole("button", { name: /Leave · row 5/ });
    await click(row);
    expect(h.adapter.selected).toContainEqual(["leave", 3, null]);
    let saved = "";
    const create = jest.fn((b: Blob) => {
      const reader = new FileReader();
      reader.onload = () => (saved = String(reader.result));
      reader.readAsText(b);
      return "blob:report";
    });
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: jest.fn() });
    await click(within(report).getByTestId("save-report"));
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
    expect(saved.replace(/^\ufeff/, "")).toBe(
      'Sheet,Row,Reason,Feishu\'s words (for IT)\r\nLeave,5,"Unknown employee, ""E4""",user_id is not exist\r\n',
    );
  });

  test("progress shows sent / written / failed / remaining and ETA; Cancel aborts and the rest stays pending", async () => {
    const h = harness({ storedKey: "k" });
    let options: SubmitOptions | undefined;
    h.core.run = (o) =>
      new Promise((resolve) => {
        options = o;
        o.onProgress?.({ total: 3, sent: 2, ok: 1, failed: 1, retrying: 0, remaining: 1, etaMs: 75_000 });
        o.signal?.addEventListener("abort", () =>
          resolve(
            submitSummary({
              written: 1,
              failed: 1,
              cancelled: 1,
              failedBy: { invalid: 1 },
              stoppedBy: "cancel",
            }),
          ),
        );
      });
    await ready(h);
    await click(screen.getByTestId("submit-button"));
    const progress = screen.getByTestId("submit-progress");
    const figure = (name: string) => progress.querySelector(`[data-figure="${name}"]`)?.textContent;
    expect([figure("sent"), figure("written"), figure("failed"), figure("remaining")]).toEqual([
      "2",
      "1",
      "1",
      "1",
    ]);
    expect(progress.textContent).toMatch(/Time left: about 1 min 15 s/);
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe(String(2 / 3));
    expect((screen.getByTestId("submit-button") as HTMLButtonElement).disabled).toBe(true);
    await click(screen.getByRole("button", { name: "Cancel" }));
    expect(options?.signal?.aborted).toBe(true);
    const summary = screen.getByTestId("submit-summary");
    expect(summary.textContent).toMatch(/Cancelled \(still to send\): 1/);
    expect(summary.textContent).toMatch(/press "Send" again to carry on/);
  });

  test("the preview is a table of what the selected rows send, with the JSON behind a toggle for IT", async () => {
    const h = harness({ storedKey: "k" });
    await ready(h);
    const leave = record("leave", 1);
    leave.body.user_approval.leaves = [
      {
        unit: 1,
        interval: 28800,
        start_time: "2026-01-05 09:00:00",
        end_time: "2026-01-05 18:00:00",
        i18n_names: { ch: "年假", en: "Annual leave" },
        default_locale: "ch",
        reason: "family",
      },
    ];
    h.core.prepared.records[1] = leave;
    h.adapter.selection = [{ kind: "leave", rows: [1] }];
    await click(screen.getByRole("button", { name: /Preview the selected rows/ }));
    const table = screen.getByTestId("preview-table");
    const cells = (f: string) => [...table.querySelectorAll(`[data-field="${f}"]`)].map((e) => e.textContent);
    expect(cells("person")).toEqual(["E0002"]);
    expect(cells("kind")).toEqual(["Leave"]);
    expect(cells("type")).toEqual(["Annual leave"]);
    expect(cells("start")).toEqual(["2026-01-05 09:00:00"]);
    expect(cells("end")).toEqual(["2026-01-05 18:00:00"]);
    expect(cells("length")).toEqual(["8 hours"]);
    expect(table.textContent).toMatch(/Leave · row 3/);
    expect(screen.queryByTestId("preview-json")).toBeNull();
    await click(screen.getByRole("button", { name: "Show the request for IT" }));
    expect(screen.getByTestId("preview-json").textContent).toBe(
      `POST /open-apis/attendance/v1/user_approvals?employee_type=employee_id\n${JSON.stringify(leave.body, null, 2)}`,
    );
    expect(h.core.runs).toHaveLength(0);
  });

  test("preview with no selection, or of rows with errors, says why", async () => {
    const h = harness({ storedKey: "k" });
    await ready(h);
    await click(screen.getByRole("button", { name: /Preview the selected rows/ }));
    expect(screen.getByText("Select one or more data rows in a table first.")).toBeTruthy();
    h.core.prepared.issues = [
      {
        kind: "out",
        row: 0,
        column: "reason",
        code: "required",
        severity: "error",
        message_zh: "x",
        message_en: "x",
      },
    ];
    h.adapter.selection = [{ kind: "out", rows: [0] }];
    await click(screen.getByRole("button", { name: /Preview the selected rows/ }));
    expect(screen.getByTestId("dry-run").textContent).toMatch(/1 selected row still has errors/);
  });

  test("without an API key the pane asks for one instead of sending", async () => {
    const h = harness();
    await ready(h);
    expect(screen.getByText('Enter the API key under "Setup" first.')).toBeTruthy();
    await click(screen.getByTestId("submit-button"));
    expect(h.core.runs).toHaveLength(0);
    expect(screen.getAllByText('Enter the API key under "Setup" first.')).toHaveLength(2);
  });

  describe("the Run log's Who", () => {
    const whoLogged = (h: Harness) => h.adapter.logged.map((l) => l.entry.who);

    test("is the name typed under Setup, kept for the next start", async () => {
      const h = harness({ storedKey: "k" });
      workbook(h);
      const { unmount } = renderPane(h);
      const field = screen.getByRole("textbox", { name: "Your name" });
      await act(async () => {
        fireEvent.change(field, { target: { value: "Li Na" } });
      });
      unmount();
      await ready(h);
      await click(screen.getByTestId("submit-button"));
      expect(whoLogged(h)).toEqual(["Li Na"]);
      expect(JSON.parse(h.ports.store.getItem("feishu-attendance.settings.v1") ?? "{}").yourName).toBe(
        "Li Na",
      );
    });

    test("stays blank when the pane knows no name", async () => {
      const h = harness({ storedKey: "k" });
      await ready(h);
      await click(screen.getByTestId("submit-button"));
      expect(whoLogged(h)).toEqual([""]);
    });

    test("is the signed-in account's display name when signed in with Microsoft", async () => {
      const h = harness();
      h.ports.managedProxyUrl = "https://proxy.contoso.com";
      h.ports.signIn = {
        silent: async () => ({ name: "王芳", username: "wang.fang@contoso.com" }),
        interactive: async () => ({ name: "王芳", username: "wang.fang@contoso.com" }),
        accessToken: async () => "token",
        signOut: async () => undefined,
      };
      h.ports.store.setItem("feishu-attendance.settings.v1", JSON.stringify({ yourName: "Li Na" }));
      workbook(h);
      renderPane(h);
      await screen.findByTestId("signed-in-as");
      await screen.findByTestId("connection-result");
      fireEvent.click(screen.getByRole("tab", { name: "Check" }));
      await click(screen.getByRole("button", { name: "Check everything" }));
      await click(screen.getByRole("tab", { name: "Send" }));
      await click(screen.getByTestId("submit-button"));
      expect(whoLogged(h)).toEqual(["王芳"]);
    });
  });
});
