import { fireEvent, render, screen } from "@testing-library/react";
import { text } from "../../../src/core/i18n";
import { SubmitProgressView } from "../../../src/taskpane/components/SubmitProgressView";

const progress = { total: 10, sent: 6, ok: 4, failed: 1, retrying: 1, remaining: 4, etaMs: 12_000 };
const figure = (name: string) => document.querySelector(`[data-figure="${name}"]`)?.textContent;

test("each figure in words, done out of total on the bar, and the time left", () => {
  render(<SubmitProgressView progress={progress} cancelling={false} onCancel={() => undefined} />);
  expect(["sent", "written", "failed", "retrying", "remaining"].map(figure)).toEqual([
    "6",
    "4",
    "1",
    "1",
    "4",
  ]);
  expect(screen.getByRole("progressbar").getAttribute("aria-valuetext")).toBe("5 / 10");
  expect(screen.getAllByRole("status")[0].textContent).toMatch(/^Time left: .*12/);
});

test("no estimate yet says so", () => {
  render(
    <SubmitProgressView
      progress={{ ...progress, etaMs: null }}
      cancelling={false}
      onCancel={() => undefined}
    />,
  );
  expect(screen.getByText("Time left: Estimating…")).toBeTruthy();
});

test("Cancel asks once; while cancelling it says so instead of offering Cancel again", () => {
  const onCancel = jest.fn();
  const { rerender } = render(
    <SubmitProgressView progress={progress} cancelling={false} onCancel={onCancel} />,
  );
  fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
  expect(onCancel).toHaveBeenCalledTimes(1);
  rerender(<SubmitProgressView progress={progress} cancelling onCancel={onCancel} />);
  expect(screen.queryByRole("button", { name: "Cancel" })).toBeNull();
  expect(screen.getByText(/^Cancelling/)).toBeTruthy();
});

test("another run names itself and its done rows", () => {
  render(
    <SubmitProgressView
      progress={progress}
      cancelling={false}
      onCancel={() => undefined}
      title={text("正在撤销", "Revoking")}
      doneLabel={text("已撤销", "Revoked")}
      testId="revoke-progress"
    />,
  );
  expect(screen.getByTestId("revoke-progress")).toBeTruthy();
  expect(screen.getByText("Revoking")).toBeTruthy();
  expect(screen.getByText("Revoked")).toBeTruthy();
});
