import { render, screen } from "@testing-library/react";
import { text } from "../../src/core/i18n";
import { LocaleContext, say, useLocale, useText } from "../../src/taskpane/i18n";
import { S } from "../../src/taskpane/strings";

test.each([
  ["en-US", "Dismiss", "Leave"],
  ["zh-CN", "关闭", "请假"],
] as const)("say() in %s reads a catalogue message and a two-language text", (locale, dismiss, leave) => {
  expect(say(S.dismiss, locale)).toBe(dismiss);
  expect(say(text("请假", "Leave"), locale)).toBe(leave);
});

test("say() fills a message's placeholders", () => {
  expect(say(S.scopeWithCount, "en-US", { scope: "All", n: 3 })).toBe("All (3)");
});

function Probe() {
  const t = useText();
  return (
    <p>
      {useLocale()}: {t(S.dismiss)}
    </p>
  );
}

test("components read the language of the nearest LocaleContext, English without one", () => {
  const { unmount } = render(<Probe />);
  expect(screen.getByText("en-US: Dismiss")).toBeTruthy();
  unmount();
  render(
    <LocaleContext.Provider value="zh-CN">
      <Probe />
    </LocaleContext.Provider>,
  );
  expect(screen.getByText("zh-CN: 关闭")).toBeTruthy();
});
