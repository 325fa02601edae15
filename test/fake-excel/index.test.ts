import { createFakeExcel } from "../../src/fake-excel";

describe("run, as Excel.run", () => {
  test("run(options, batch) runs the batch and sends what it left queued, as run(batch) and run(batch, reuse) do", async () => {
    const fake = createFakeExcel({ profile: "office2019" });
    fake.addSheet("S");
    const answer = await fake.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItemOrNullObject("S").getRange("A1").values = [["queued"]];
      return 42;
    });
    expect(answer).toBe(42);
    expect(fake.snapshot("S").values[0][0]).toBe("queued");
    // delayForCellEdit carries no requirement-set tag: nothing to guard.
    expect(fake.apiUsage().unguarded).toEqual([]);
    // The other forms still work: run(batch, reuse) runs in the context it is given.
    const same = await fake.run(async (first) => fake.run(async (again) => again === first, first));
    expect(same).toBe(true);
  });
});
