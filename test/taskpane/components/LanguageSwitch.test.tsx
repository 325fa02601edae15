import { fireEvent, render, screen } from "@testing-library/react";
import { LanguageSwitch } from "../../../src/taskpane/components/LanguageSwitch";

test("shows each language in its own words, the current one checked, and reports the other", () => {
  const onChange = jest.fn();
  render(<LanguageSwitch locale="zh-CN" onChange={onChange} />);
  const zh = screen.getByRole("radio", { name: "中文" }) as HTMLInputElement;
  const en = screen.getByRole("radio", { name: "English" }) as HTMLInputElement;
  expect([zh.checked, en.checked]).toEqual([true, false]);
  fireEvent.click(en);
  expect(onChange).toHaveBeenCalledWith("en-US");
});
