import { drivenFake, playgroundBook } from "../../src/playground/book-store";
import { tableSheet, tableT } from "../fake-excel/helpers";

describe("the playground's book", () => {
  test("the fake on window redraws the grid when a bench acts as the clerk, also between two syncs", async () => {
    const { fake } = await tableSheet();
    const book = playgroundBook(fake);
    let redraws = 0;
    book.subscribe(() => redraws++);
    const driven = drivenFake(book);
    driven.userInsertRows("S", 4, 1);
    expect([tableT(fake)?.rows, redraws]).toEqual([4, 1]);
    driven.beforeNextSync(() => fake.userSortTable("T", "N"));
    // A batch that only reads redraws nothing of its own, but the sort that came in before it does.
    await book.run(async (context) => {
      context.workbook.tables.getItem("T").getDataBodyRange().load("values");
      await context.sync();
    });
    expect(redraws).toBe(2);
    expect(driven.apiUsage()).toEqual(fake.apiUsage());
  });
});
