import { fireEvent, render, screen } from "@testing-library/react";
import { AdoptChoices } from "../../../src/taskpane/components/AdoptChoices";

const choices = [
  { kind: "leave" as const, row: 0, approvalId: "7001" },
  { kind: "out" as const, row: 4, approvalId: "7002" },
];

test("each row Feishu already holds is offered its approval ID; all at once when there are several", () => {
  const onAdopt = jest.fn();
  render(<AdoptChoices choices={choices} headerRows={{ out: 3 }} disabled={false} onAdopt={onAdopt} />);
  expect(screen.getByText("Leave · row 2")).toBeTruthy();
  expect(screen.getByText("Out of office · row 8")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Use approval 7002" }));
  expect(onAdopt).toHaveBeenLastCalledWith([choices[1]]);
  fireEvent.click(screen.getByRole("button", { name: "Use the approval IDs for all 2 rows" }));
  expect(onAdopt).toHaveBeenLastCalledWith(choices);
});

test("one choice has no all-at-once button; disabled while a run goes", () => {
  render(<AdoptChoices choices={choices.slice(0, 1)} headerRows={{}} disabled onAdopt={() => undefined} />);
  const buttons = screen.getAllByRole("button") as HTMLButtonElement[];
  expect(buttons.map((b) => [b.textContent, b.disabled])).toEqual([["Use approval 7001", true]]);
});
