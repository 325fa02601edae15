import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { playgroundBook } from "../../src/playground/book-store";
import { RowTools } from "../../src/playground/RowTools";
import { tableSheet, tableT } from "../fake-excel/helpers";

describe("RowTools", () => {
  test.each([
    ["en-US", "Insert row above", "Sort A→Z", "Select a cell in the sheet first."],
    ["zh-CN", "在上方插入行", "升序排序", "请先在工作表中选择一个单元格。"],
  ] as const)("speaks %s: its buttons act, and it says what to do", async (locale, insert, sort, hint) => {
    const { fake } = await tableSheet();
    const book = playgroundBook(fake);
    render(
      <FluentProvider theme={webLightTheme}>
        <RowTools book={book} locale={locale} />
      </FluentProvider>,
    );
    act(() => void fireEvent.click(screen.getByRole("button", { name: sort })));
    expect(screen.getByRole("status").textContent).toBe(hint);
    book.select("S", "A4");
    act(() => void fireEvent.click(screen.getByRole("button", { name: insert })));
    expect(tableT(fake)?.rows).toBe(4);
    expect(screen.queryByRole("status")).toBeNull();
  });
});
