import { fireEvent, render, screen } from "@testing-library/react";
import { ScopePicker, type ScopePickerProps } from "../../../src/taskpane/components/ScopePicker";

const props = (over: Partial<ScopePickerProps> = {}): ScopePickerProps => ({
  scope: "pending",
  counts: { pending: 12, selected: 3, failed: 0 },
  disabled: false,
  onChange: jest.fn(),
  onRefreshSelection: jest.fn(),
  ...over,
});

test("each choice shows how many rows it covers; the current one is checked", () => {
  render(<ScopePicker {...props()} />);
  const radios = screen.getAllByRole("radio") as HTMLInputElement[];
  expect(radios.map((r) => r.labels?.[0]?.textContent)).toEqual([
    "All rows not yet sent (12)",
    expect.stringMatching(/\(3\)$/),
    expect.stringMatching(/\(0\)$/),
  ]);
  expect(radios.map((r) => r.checked)).toEqual([true, false, false]);
});

test("picking a choice reports its scope", () => {
  const p = props();
  render(<ScopePicker {...p} />);
  fireEvent.click(screen.getAllByRole("radio")[2]);
  expect(p.onChange).toHaveBeenCalledWith("failed");
});

test("the selection can be re-read only when sending the selection", () => {
  const { unmount } = render(<ScopePicker {...props()} />);
  expect(screen.queryByRole("button", { name: "Use the current selection" })).toBeNull();
  unmount();
  const p = props({ scope: "selected" });
  render(<ScopePicker {...p} />);
  fireEvent.click(screen.getByRole("button", { name: "Use the current selection" }));
  expect(p.onRefreshSelection).toHaveBeenCalledTimes(1);
});

test("disabled while a run is going", () => {
  render(<ScopePicker {...props({ scope: "selected", disabled: true })} />);
  for (const r of screen.getAllByRole("radio")) expect((r as HTMLInputElement).disabled).toBe(true);
  expect(
    (screen.getByRole("button", { name: "Use the current selection" }) as HTMLButtonElement).disabled,
  ).toBe(true);
});
