import { render, screen, within } from "@testing-library/react";
import { CheckCounts } from "../../../src/taskpane/components/CheckCounts";
import { LocaleContext } from "../../../src/taskpane/i18n";

const counts = [
  { kind: "leave" as const, rows: 12, errors: 2, warnings: 1, pending: 9, submitted: 1, failed: 0 },
  { kind: "trip" as const, rows: 3, errors: 0, warnings: 0, pending: 0, submitted: 2, failed: 1 },
];

test("one row per kind, in the order given, each figure under its word", () => {
  render(<CheckCounts counts={counts} />);
  const table = screen.getByTestId("check-counts");
  const rows = within(table).getAllByRole("row");
  const cells = rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent));
  expect(cells).toEqual([
    ["Sheet", "Rows", "Errors", "To send", "Written", "Failed"],
    ["Leave", "12", "2", "9", "1", "0"],
    ["Business trip", "3", "0", "0", "2", "1"],
  ]);
});

test("in Chinese the sheet names and column words are Chinese", () => {
  render(
    <LocaleContext.Provider value="zh-CN">
      <CheckCounts counts={counts.slice(0, 1)} />
    </LocaleContext.Provider>,
  );
  const row = screen.getAllByRole("row")[1];
  expect(row.getAttribute("data-kind")).toBe("leave");
  expect(within(row).getAllByRole("cell")[0].textContent).toBe("请假");
});
