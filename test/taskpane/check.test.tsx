import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { harness, issue, record, renderPane, submitSummary, type Harness } from "./fakes";

function withProblems(h: Harness) {
  h.core.prepared = {
    issues: [
      issue("leave", 1, "start_time", "bad_date"),
      issue("leave", 1, "reason", "too_long", "warning"),
      issue("trip", 0, null, "overlap"),
    ],
    records: [record("leave", 0), record("trip", 1)],
    rows: [
      { kind: "leave", row: 0, state: "ready", stored: {} },
      { kind: "leave", row: 1, state: "invalid", stored: {} },
      { kind: "trip", row: 0, state: "invalid", stored: {} },
      { kind: "trip", row: 1, state: "submitted", stored: { approvalId: "A9" } },
    ],
    rowCounts: { leave: 2, trip: 2 },
    headerRows: {},
  };
}

async function openCheckAndRun() {
  fireEvent.click(screen.getByRole("tab", { name: "Check" }));
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Check everything" }));
  });
}

describe("check", () => {
  test.each([
    ["en-US", "Check", "Check everything"],
    ["zh-CN", "检查", "全部检查"],
  ])(
    "%s: the check is told whether people can be looked up now (a key is set), for the Employee advice",
    async (lang, tab, button) => {
      for (const storedKey of ["k", undefined]) {
        const h = harness({ storedKey, displayLanguage: lang });
        const view = renderPane(h, lang);
        fireEvent.click(screen.getByRole("tab", { name: tab }));
        await act(async () => {
          fireEvent.click(screen.getByRole("button", { name: button }));
        });
        expect(h.core.settings.at(-1)?.lookupReady).toBe(storedKey !== undefined);
        view.unmount();
      }
    },
  );

  test("check everything reads, shows issues for every table and counts per kind", async () => {
    const h = harness();
    withProblems(h);
    renderPane(h);
    await openCheckAndRun();
    expect(h.adapter.shown).toHaveLength(1);
    expect(h.adapter.shown[0].scope).toEqual([
      { kind: "leave" },
      { kind: "out" },
      { kind: "overtime" },
      { kind: "trip" },
    ]);
    const cells = (sheet: string) => {
      const row = within(screen.getByTestId("check-counts")).getByText(sheet).closest("tr") as HTMLElement;
      return [...row.querySelectorAll("td")].map((td) => td.textContent);
    };
    // Sheet, rows, rows with errors, to send, written, failed
    expect(cells("Leave")).toEqual(["Leave", "2", "1", "1", "0", "0"]);
    expect(cells("Business trip")).toEqual(["Business trip", "2", "1", "0", "1", "0"]);
  });

  test("the issue list is grouped by row and each issue selects its cell", async () => {
    const h = harness();
    withProblems(h);
    renderPane(h);
    await openCheckAndRun();
    const list = screen.getByTestId("issue-list");
    const groups = within(list)
      .getAllByRole("heading", { level: 4 })
      .map((x) => x.textContent);
    expect(groups).toEqual(["Leave · row 3", "Business trip · row 2"]);
    const startIssue = within(list).getByRole("button", { name: /Start: English:bad_date/ });
    expect(startIssue.textContent).toMatch(/^Error/); // severity in words, not only colour
    await act(async () => {
      fireEvent.click(startIssue);
    });
    await act(async () => {
      fireEvent.click(within(list).getByRole("button", { name: /English:overlap/ }));
    });
    expect(h.adapter.selected).toEqual([
      ["leave", 1, "start_time"],
      ["trip", 0, null],
    ]);
  });

  test("row numbers are the sheet's when a table's header is not on row 1", async () => {
    const h = harness();
    withProblems(h);
    h.core.prepared = { ...h.core.prepared, headerRows: { leave: 3, trip: 10 } };
    renderPane(h);
    await openCheckAndRun();
    const groups = within(screen.getByTestId("issue-list"))
      .getAllByRole("heading", { level: 4 })
      .map((x) => x.textContent);
    expect(groups).toEqual(["Leave · row 5", "Business trip · row 11"]);
  });

  test("issues read in the pane's language", async () => {
    const h = harness();
    withProblems(h);
    renderPane(h, "zh-CN");
    fireEvent.click(screen.getByRole("tab", { name: "检查" }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "全部检查" }));
    });
    expect(screen.getByRole("button", { name: /开始时间：中文:bad_date/ }).textContent).toMatch(/^错误/);
    expect(screen.getByText("请假 · 第 3 行")).toBeTruthy();
  });

  test("live validation: an edit reads only its rows and repaints what the core says", async () => {
    const h = harness();
    withProblems(h);
    renderPane(h);
    await openCheckAndRun();
    expect(h.adapter.subscribed).toBe(true);
    // The clerk fixes leave row 1; the core re-checks it and the same person's row 5.
    h.core.prepared = { ...h.core.prepared, issues: [issue("trip", 0, null, "overlap")] };
    h.core.repaint = { issues: [], rows: [], scope: [{ kind: "leave", rows: [1, 5] }] };
    await act(async () => {
      h.adapter.edit([{ kind: "leave", rows: [1] }]);
    });
    expect(h.core.updates).toEqual([[{ kind: "leave", rows: [1] }]]);
    // The edited row is read, never the table: the whole-table read count stays at the check's one.
    expect(h.adapter.rowReads).toEqual([[{ kind: "leave", rows: [1] }]]);
    expect(h.adapter.calls.filter((c) => c === "read")).toHaveLength(1);
    expect(h.adapter.shown[1]).toBe(h.core.repaint);
    expect(within(screen.getByTestId("issue-list")).queryByText("Leave · row 3")).toBeNull();
    expect(screen.getByTestId("live-status").textContent).toBe("Checking as you type: on");
  });

  test("live validation says it is checking only when a re-check takes a while", async () => {
    const h = harness();
    withProblems(h);
    renderPane(h);
    await openCheckAndRun();
    const status = () => screen.getByTestId("live-status").textContent;
    const statuses: (string | null)[] = [];
    const watch = new MutationObserver(() => statuses.push(status()));
    watch.observe(screen.getByTestId("live-status"), { subtree: true, characterData: true, childList: true });
    h.core.repaint = { issues: [], rows: [], scope: [{ kind: "leave", rows: [1] }] };
    await act(async () => {
      h.adapter.edit([{ kind: "leave", rows: [1] }]);
    });
    await waitFor(() => expect(h.core.updates).toHaveLength(1));
    // A quick re-check: the status never flickers.
    expect(statuses).toEqual([]);
    let release = () => undefined as void;
    h.adapter.rowsGate = new Promise<void>((r) => (release = r));
    await act(async () => {
      h.adapter.edit([{ kind: "leave", rows: [2] }]);
    });
    await waitFor(() => expect(status()).toBe("Checking your last edit…"));
    await act(async () => release());
    await waitFor(() => expect(status()).toBe("Checking as you type: on"));
    watch.disconnect();
  });

  test("live validation: when the table moved since the last look, everything is read and checked again", async () => {
    const h = harness();
    withProblems(h);
    renderPane(h);
    await openCheckAndRun();
    h.adapter.moved = true;
    await act(async () => {
      h.adapter.edit([{ kind: "leave", rows: [1] }]);
    });
    // The rows read may be other rows now: the core is not asked to patch with them.
    expect(h.core.updates).toEqual([]);
    await waitFor(() => expect(h.adapter.calls.filter((c) => c === "read")).toHaveLength(2));
  });

  test("live validation before any check (or after a settings change) runs a full check", async () => {
    const h = harness();
    withProblems(h);
    renderPane(h);
    await act(async () => undefined);
    await act(async () => {
      h.adapter.edit([{ kind: "trip", rows: [0] }]);
    });
    expect(h.adapter.reads).toEqual([undefined]);
    expect(h.adapter.shown[0].scope).toEqual([
      { kind: "leave" },
      { kind: "out" },
      { kind: "overtime" },
      { kind: "trip" },
    ]);
    fireEvent.click(screen.getByRole("tab", { name: "Check" }));
    expect(within(screen.getByTestId("issue-list")).getByText("Leave · row 3")).toBeTruthy();
  });

  test("edits made while a run is busy are re-checked once it ends", async () => {
    const h = harness({ storedKey: "k" });
    withProblems(h);
    let finish: () => void = () => undefined;
    h.core.run = () =>
      new Promise((resolve) => {
        finish = () => resolve(submitSummary({ written: 1 }));
      });
    renderPane(h);
    await openCheckAndRun();
    fireEvent.click(screen.getByRole("tab", { name: "Send" }));
    await act(async () => {
      fireEvent.click(screen.getByTestId("submit-button"));
    });
    h.core.repaint = { issues: [], rows: [], scope: [{ kind: "leave", rows: [0] }] };
    await act(async () => {
      h.adapter.edit([{ kind: "leave", rows: [0] }]);
    });
    expect(h.core.updates).toEqual([]);
    await act(async () => finish());
    await waitFor(() => expect(h.core.updates).toEqual([[{ kind: "leave", rows: [0] }]]));
  });

  test("a big check shows its progress, leaves the browser turns, and can be stopped", async () => {
    const h = harness();
    withProblems(h);
    h.core.progressSteps = 200;
    h.core.stepMs = 5;
    renderPane(h);
    fireEvent.click(screen.getByRole("tab", { name: "Check" }));
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    fireEvent.click(screen.getByRole("button", { name: "Check everything" }));
    const progress = await screen.findByTestId("check-progress", undefined, { timeout: 5000 });
    expect(progress.textContent).toMatch(/Checking… \d+% done/);
    // Timers ran while the check was working: the thread was handed back between slices.
    expect(turns).toBeGreaterThan(0);
    fireEvent.click(within(progress).getByRole("button", { name: "Stop checking" }));
    await waitFor(() => expect(screen.queryByTestId("check-progress")).toBeNull());
    clearInterval(ticker);
    expect(screen.getByText(/Check stopped before the end/)).toBeTruthy();
    // Stopped: nothing marked in the sheet, no result kept, and the button works again.
    expect(h.adapter.shown).toEqual([]);
    expect(screen.queryByTestId("check-counts")).toBeNull();
    expect((screen.getByRole("button", { name: "Check everything" }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  test("live validation stops when the pane goes away", async () => {
    const h = harness();
    const { unmount } = renderPane(h);
    await act(async () => undefined);
    unmount();
    await act(async () => undefined);
    expect(h.adapter.unsubscribed).toBe(true);
  });

  test("a failing read shows what went wrong and leaves the pane usable", async () => {
    const h = harness();
    h.adapter.read = () => Promise.reject(new Error("The workbook is locked"));
    renderPane(h);
    await openCheckAndRun();
    expect(screen.getByRole("alert").textContent).toMatch(/That did not work.*The workbook is locked/);
    expect((screen.getByRole("button", { name: "Check everything" }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });
});
