import { createFakeExcel } from "../../src/fake-excel";
import { notFound } from "../../src/fake-excel/collection";

test("a missing member is Excel's ItemNotFound, naming what was asked for", () => {
  const e = notFound("worksheet 'Leave'");
  expect(e.code).toBe("ItemNotFound");
  expect(e.name).toBe("RichApi.Error");
  expect(e.message).toBe("The requested resource doesn't exist (worksheet 'Leave').");
});

test("a collection loads its current members; reading them before a sync is refused", async () => {
  const fake = createFakeExcel({ profile: "m365" });
  fake.addSheet("Leave");
  fake.addSheet("Out");
  await fake.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    expect(() => sheets.items).toThrow();
    await context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["Leave", "Out"]);
  });
});
