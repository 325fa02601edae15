import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { themeFor } from "../../src/taskpane/theme";

test.each([
  [undefined, "light"],
  [null, "light"],
  [{}, "light"],
  [{ bodyBackgroundColor: "#ffffff" }, "light"],
  [{ bodyBackgroundColor: "#f3f2f1" }, "light"],
  [{ bodyBackgroundColor: "#808080" }, "light"],
  [{ bodyBackgroundColor: "#000000" }, "dark"],
  [{ bodyBackgroundColor: "#1f1f1f" }, "dark"],
  [{ bodyBackgroundColor: " 292929 " }, "dark"],
  [{ bodyBackgroundColor: "#0000ff" }, "dark"],
  [{ bodyBackgroundColor: "black" }, "light"],
])("Office colours %j give the %s theme", (office, expected) => {
  expect(themeFor(office)).toBe(expected === "dark" ? webDarkTheme : webLightTheme);
});
