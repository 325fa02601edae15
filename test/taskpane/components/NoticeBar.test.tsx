import { fireEvent, render, screen } from "@testing-library/react";
import { text } from "../../../src/core/i18n";
import { NoticeBar } from "../../../src/taskpane/components/NoticeBar";
import { LocaleContext } from "../../../src/taskpane/i18n";

test("no notice shows nothing", () => {
  const { container } = render(<NoticeBar notice={null} onDismiss={() => undefined} />);
  expect(container.textContent).toBe("");
});

test.each([
  ["error", "alert"],
  ["warning", "status"],
  ["success", "status"],
] as const)("a %s notice is announced as %s, with its words and the system's detail", (intent, role) => {
  render(
    <NoticeBar
      notice={{ intent, text: text("出错了", "It failed"), detail: "ECONNREFUSED" }}
      onDismiss={() => undefined}
    />,
  );
  const bar = screen.getByRole(role);
  expect(bar.textContent).toContain("It failed");
  expect(bar.textContent).toContain("ECONNREFUSED");
});

test("Dismiss calls back once, in the pane's language", () => {
  const onDismiss = jest.fn();
  render(
    <LocaleContext.Provider value="zh-CN">
      <NoticeBar notice={{ intent: "info", text: text("已保存", "Saved") }} onDismiss={onDismiss} />
    </LocaleContext.Provider>,
  );
  expect(screen.getByText("已保存")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "关闭" }));
  expect(onDismiss).toHaveBeenCalledTimes(1);
});
