import { fireEvent, render, screen } from "@testing-library/react";
import { RevokeConfirm } from "../../../src/taskpane/components/RevokeConfirm";
import { LocaleContext } from "../../../src/taskpane/i18n";

const field = (name: string) => document.querySelector(`[data-field="${name}"]`)?.textContent;
const noop = () => undefined;

test("names the people and the days, and revokes or keeps on the clerk's word", () => {
  const onRevoke = jest.fn();
  const onKeep = jest.fn();
  render(
    <RevokeConfirm
      confirmation={{ count: 3, people: ["E0001", "E0002"], from: "20260105", to: "20260121" }}
      onRevoke={onRevoke}
      onKeep={onKeep}
    />,
  );
  expect(field("who")).toBe("E0001, E0002");
  expect(field("when")).toBe("2026-01-05 to 2026-01-21");
  fireEvent.click(screen.getByRole("button", { name: "Revoke 3 records" }));
  fireEvent.click(screen.getByRole("button", { name: "Keep them" }));
  expect([onRevoke.mock.calls.length, onKeep.mock.calls.length]).toEqual([1, 1]);
});

test("one day is shown once; unknown days are left out", () => {
  const { unmount } = render(
    <RevokeConfirm
      confirmation={{ count: 1, people: ["E0001"], from: "20260105", to: "20260105" }}
      onRevoke={noop}
      onKeep={noop}
    />,
  );
  expect(field("when")).toBe("2026-01-05");
  unmount();
  render(
    <RevokeConfirm
      confirmation={{ count: 1, people: ["E0001"], from: null, to: null }}
      onRevoke={noop}
      onKeep={noop}
    />,
  );
  expect(field("when")).toBeUndefined();
});

test("past twenty people the rest are counted, in the pane's language", () => {
  const people = Array.from({ length: 23 }, (_, i) => `E${String(i + 1).padStart(4, "0")}`);
  render(
    <LocaleContext.Provider value="zh-CN">
      <RevokeConfirm
        confirmation={{ count: 23, people, from: null, to: null }}
        onRevoke={noop}
        onKeep={noop}
      />
    </LocaleContext.Provider>,
  );
  const who = field("who") ?? "";
  expect(who.startsWith("E0001、E0002")).toBe(true);
  expect(who).toContain("E0020");
  expect(who).not.toContain("E0021");
  expect(who.endsWith("等，另有 3 人")).toBe(true);
});
