import { fireEvent, render, screen } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { SETTINGS_KEY } from "../../src/taskpane/settings";
import { themeFor } from "../../src/taskpane/theme";
import { harness, renderPane } from "./fakes";

describe("outside Office", () => {
  test.each([
    ["en-US", "Open this in Excel", /works inside Excel only/],
    ["zh-CN", "请在 Excel 中打开", /只能在 Excel 中使用/],
  ])("host null in %s shows a clear message, not a blank pane", (lang, title, body) => {
    render(<App ports={null} displayLanguage={lang} playgroundUrl={null} />);
    expect(screen.getByText(title)).toBeTruthy();
    expect(screen.getByText(body)).toBeTruthy();
    expect(screen.queryByRole("link")).toBeNull();
  });

  test("development builds link to the playground", () => {
    render(<App ports={null} displayLanguage="en-US" playgroundUrl="/playground.html" />);
    expect(screen.getByRole("link", { name: /playground/ }).getAttribute("href")).toBe("/playground.html");
  });
});

describe("language", () => {
  test("follows Office's display language at first", () => {
    renderPane(harness(), "zh-CN");
    expect(screen.getByRole("tab", { name: "设置" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "创建或修复模板" })).toBeTruthy();
  });

  test("the manual switch changes every text and is remembered on the device", () => {
    const h = harness();
    const { unmount } = renderPane(h, "en-US");
    expect(screen.getByRole("tab", { name: "Check" })).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: "中文" }));
    expect(screen.getByRole("tab", { name: "检查" })).toBeTruthy();
    expect(screen.queryByRole("tab", { name: "Check" })).toBeNull();
    expect(JSON.parse(h.ports.store.getItem(SETTINGS_KEY) ?? "{}").locale).toBe("zh-CN");
    unmount();
    renderPane(h, "en-US");
    expect(screen.getByRole("tab", { name: "检查" })).toBeTruthy();
  });
});

describe("theme", () => {
  test.each([
    [undefined, webLightTheme],
    [{ bodyBackgroundColor: "#FFFFFF" }, webLightTheme],
    [{ bodyBackgroundColor: "#E6E6E6" }, webLightTheme],
    [{ bodyBackgroundColor: "#262626" }, webDarkTheme],
    [{ bodyBackgroundColor: "#000000" }, webDarkTheme],
    [{ bodyBackgroundColor: "not a colour" }, webLightTheme],
  ])("Office background %j", (office, theme) => {
    expect(themeFor(office)).toBe(theme);
  });
});
