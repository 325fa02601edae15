import { fireEvent, render, screen, within } from "@testing-library/react";
import { issueText } from "../../../src/core/validate/issue-text";
import { makeIssue } from "../../../src/core/validate/messages";
import { IssueList } from "../../../src/taskpane/components/IssueList";

const required = makeIssue("leave", 2, "reason", "required", "error");
const duplicate = makeIssue("leave", 2, null, "duplicate_content", "warning", { row: 3 });
const groups = [{ kind: "leave" as const, row: 2, issues: [required, duplicate] }];

test("no issues says so", () => {
  render(<IssueList groups={[]} headerRows={{}} onSelect={() => undefined} />);
  expect(screen.getByText("No issues found.")).toBeTruthy();
});

test("issues are grouped under their sheet row, each with its severity in words, and select their cell", () => {
  const onSelect = jest.fn();
  render(<IssueList groups={groups} headerRows={{ leave: 2 }} onSelect={onSelect} />);
  const list = within(screen.getByRole("list", { name: "Leave · row 5" }));
  const buttons = list.getAllByRole("button");
  expect(buttons.map((b) => b.textContent)).toEqual([
    `Error${issueText(required, "en-US")}`,
    `Warning${issueText(duplicate, "en-US")}`,
  ]);
  fireEvent.click(buttons[0]);
  fireEvent.click(buttons[1]);
  expect(onSelect.mock.calls).toEqual([
    ["leave", 2, "reason"],
    ["leave", 2, null],
  ]);
});

test("past 200 rows only the first are listed, and that is said", () => {
  const many = Array.from({ length: 201 }, (_, row) => ({ kind: "out" as const, row, issues: [required] }));
  render(<IssueList groups={many} headerRows={{}} onSelect={() => undefined} />);
  expect(screen.getByTestId("issue-list").children).toHaveLength(200);
  expect(screen.getByText("Showing the first 200 rows with issues.")).toBeTruthy();
});
