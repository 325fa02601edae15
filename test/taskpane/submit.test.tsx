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
    fireEvent.click(screen.getByRole("tab", { name: lang === "en-US" ? "Submit" : "提交" }));
  });
}

const click = async (el: HTMLElement) => {
  await act(async () => {
    fireEvent.click(el);
  });
};

describe("submit", () => {
  test("each scope shows its count, and the button says how many rows it sends", async () => {
    const h = harness({ storedKey: "k" });
    h.adapter.selection = [{ kind: "leave", rows: [2, 3, 4, 9] }];
    await ready(h);
    expect(screen.getByRole("radio", { name: "All rows not yet sent (3)" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "The selected rows (3)" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "The failed rows (1)" })).toBeTruthy();
    expect(screen.getByTestId("submit-button").textContent).toBe("Send 3 rows");
    await click(screen.getByRole("radio", { name: /The failed rows/ }));
    expect(screen.getByTestId("submit-button").textContent).toBe("Send 1 rows");
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
    expect(summary.textContent).toMatch(/attendance statistics report/);
    expect(summary.textContent).toMatch(/do not appear in the admin console/);
  });

  test("failures are counted by reason", async () => {
    const h = harness({ storedKey: "k" });
    h.core.run = async () =>
      submitSummary({ written: 1, failed: 2, skipped: 1, failedBy: { unknown_user: 1, permission: 1 } });
    await ready(h, "zh-CN");
    await click(screen.getByTestId("submit-button"));
    const summary = screen.getByTestId("submit-summary");
    expect(summary.textContent).toMatch(/已写入飞书: 1/);
    expect(within(summary).getByText(/员工不存在或不在应用范围内: 1/)).toBeTruthy();
    expect(within(summary).getByText(/没有权限（请联系 IT）: 1/)).toBeTruthy();
    expect(summary.textContent).toMatch(/已跳过（之前已提交）: 1/);
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
    expect(summary.textContent).toMatch(/press Send again to carry on/);
  });

  test("dry run shows the exact JSON for the selected row and sends nothing", async () => {
    const h = harness({ storedKey: "k" });
    await ready(h);
    h.adapter.selection = [{ kind: "leave", rows: [1] }];
    await click(screen.getByRole("button", { name: /Preview the request/ }));
    const preview = screen.getByTestId("dry-run");
    expect(preview.textContent).toMatch(/Leave · row 3/);
    expect(preview.querySelector("pre")?.textContent).toBe(
      `POST /open-apis/attendance/v1/user_approvals?employee_type=employee_id\n${JSON.stringify(record("leave", 1).body, null, 2)}`,
    );
    expect(h.core.runs).toHaveLength(0);
  });

  test("dry run on a row with errors or with no selection says why", async () => {
    const h = harness({ storedKey: "k" });
    await ready(h);
    await click(screen.getByRole("button", { name: /Preview the request/ }));
    expect(screen.getByText("Select a data row in a table first.")).toBeTruthy();
    h.adapter.selection = [{ kind: "out", rows: [0] }];
    await click(screen.getByRole("button", { name: /Preview the request/ }));
    expect(screen.getByTestId("dry-run").textContent).toMatch(/still has errors/);
  });

  test("without an API key the pane asks for one instead of sending", async () => {
    const h = harness();
    await ready(h);
    expect(screen.getByText("Enter the API key under Setup first.")).toBeTruthy();
    await click(screen.getByTestId("submit-button"));
    expect(h.core.runs).toHaveLength(0);
    expect(screen.getAllByText("Enter the API key under Setup first.")).toHaveLength(2);
  });
});
