import type { XlContext } from "../../src/excel/office-subset";
import { HOST_PROFILES, type FakeExcel } from "../../src/fake-excel";
import { versionAtMost } from "../../src/fake-excel/profiles";
import { column, tableSheet, tableT } from "./helpers";

/** Our add-in writes `value` into `address`, one sync per entry, in one Excel.run. */
async function apiWrites(fake: FakeExcel, writes: [string, string][], merge = false): Promise<void> {
  const batch = async (context: XlContext) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject("S");
    for (const [address, value] of writes) {
      sheet.getRange(address).values = [[value]];
      await context.sync();
    }
  };
  if (merge) {
    fake.supports("1.20");
    await fake.run({ mergeUndoGroup: true }, batch);
  } else await fake.run(batch);
}

describe.each(HOST_PROFILES)("undo on $name", (profile) => {
  const stepPerSync = versionAtMost("1.20", profile.apiVersion);
  const trigger = versionAtMost("1.14", profile.apiVersion) ? "Unknown" : undefined;

  test("the clerk's typing is one step; undo restores it and fires a change as the clerk's", async () => {
    const { fake, events } = await tableSheet(profile.id);
    fake.userEdit("S", "A4:A5", [["x"], ["y"]]);
    expect(fake.userUndo()).toBe(true);
    await fake.settle();
    expect(column(fake, 0).slice(3, 5)).toEqual(["a", "b"]);
    expect(events.at(-1)).toEqual(["RangeEdited", "A4:A5", "Local", trigger]);
  });

  test(
    stepPerSync
      ? "each sync of ours is one step, undone before the clerk's own edit"
      : "our write clears the undo stack: neither it nor the clerk's edit before it can be undone",
    async () => {
      const { fake } = await tableSheet(profile.id);
      fake.userEdit("S", "A4", [["typed"]]);
      await apiWrites(fake, [
        ["C4", "|1|2|"],
        ["C5", "|3|"],
      ]);
      const undone: unknown[][] = [];
      while (fake.userUndo()) undone.push([column(fake, 0)[3], column(fake, 2)[3], column(fake, 2)[4]]);
      expect(undone).toEqual(
        stepPerSync
          ? [
              ["typed", "|1|2|", ""],
              ["typed", "|1|", ""],
              ["a", "|1|", ""],
            ]
          : [],
      );
    },
  );

  test(
    stepPerSync
      ? "mergeUndoGroup makes every sync of the run one step"
      : "mergeUndoGroup is ignored: the write still clears the stack",
    async () => {
      const { fake } = await tableSheet(profile.id);
      fake.userEdit("S", "A4", [["typed"]]);
      await apiWrites(
        fake,
        [
          ["C4", "|2|"],
          ["C5", "|3|"],
        ],
        true,
      );
      expect(fake.userUndo()).toBe(stepPerSync);
      expect(column(fake, 2).slice(3, 5)).toEqual(stepPerSync ? ["|1|", ""] : ["|2|", "|3|"]);
      expect(column(fake, 0)[3]).toBe("typed");
      // Passing it where isSetSupported("ExcelApi", "1.20") said no is noted as an unguarded use.
      const unguarded = fake.apiUsage().unguarded.map((u) => u.member);
      expect(unguarded.includes("RunOptions.mergeUndoGroup")).toBe(!stepPerSync);
    },
  );

  test("the clerk typing between two of our syncs is a step of its own, between ours", async () => {
    const { fake } = await tableSheet(profile.id);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("S");
      sheet.getRange("C4").values = [["|2|"]];
      await context.sync();
      fake.beforeNextSync(() => fake.userEdit("S", "A5", [["typed"]]));
      sheet.getRange("C5").values = [["|3|"]];
      await context.sync();
    });
    const undone: unknown[][] = [];
    while (fake.userUndo()) undone.push([column(fake, 2)[3], column(fake, 0)[4], column(fake, 2)[4]]);
    // Below 1.20 our second sync emptied the stack, the clerk's edit with it.
    expect(undone).toEqual(
      stepPerSync
        ? [
            ["|2|", "typed", ""],
            ["|2|", "b", ""],
            ["|1|", "b", ""],
          ]
        : [],
    );
  });

  test("a sync that only reads, or adds an event handler, leaves the clerk's steps alone", async () => {
    const { fake } = await tableSheet(profile.id);
    fake.userEdit("S", "A4", [["typed"]]);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("S");
      sheet.getRange("A4:C6").load("values");
      sheet.onChanged.add(async () => undefined);
      await context.sync();
    });
    expect(fake.userUndo()).toBe(true);
    expect(column(fake, 0)[3]).toBe("a");
  });

  test(
    stepPerSync
      ? "a format written by us is a step of its own"
      : "a format written by us clears the stack too",
    async () => {
      const { fake } = await tableSheet(profile.id);
      fake.userEdit("S", "A4", [["typed"]]);
      await fake.run(async (context) => {
        context.workbook.worksheets.getItemOrNullObject("S").getRange("A4").numberFormat = [["@"]];
        await context.sync();
      });
      expect(fake.userUndo()).toBe(stepPerSync);
      expect(fake.snapshot("S").numberFormats[3][0]).toBe(stepPerSync ? "General" : "@");
      expect(column(fake, 0)[3]).toBe("typed");
    },
  );

  test("undoing table.rows.add gives the table its size back (a step from 1.20)", async () => {
    const { fake } = await tableSheet(profile.id);
    await fake.run(async (context) => {
      context.workbook.tables.getItem("T").rows.add(undefined, [["d", 4, ""]]);
      await context.sync();
    });
    expect(fake.userUndo()).toBe(stepPerSync);
    expect(tableT(fake)?.rows).toBe(stepPerSync ? 3 : 4);
    expect(column(fake, 0)[6]).toBe(stepPerSync ? "" : "d");
  });
});

describe("undoing the clerk's row changes", () => {
  test("an insert: cells, the table and its rule come back, with a RowDeleted event", async () => {
    const { fake, events } = await tableSheet();
    fake.userInsertRows("S", 4, 2);
    expect(fake.userUndo()).toBe(true);
    await fake.settle();
    expect(column(fake, 0)).toEqual(["Title", "", "Name", "a", "b", "c", "", "note", "", ""]);
    expect(tableT(fake)?.rows).toBe(3);
    expect(fake.book.sheet("S")?.conditionalFormats.map((f) => f.rect.rows)).toEqual([3]);
    expect(events.map((e) => e.slice(0, 2))).toEqual([
      ["RowInserted", "5:6"],
      ["RowDeleted", "5:6"],
    ]);
  });

  test("a delete of the whole table brings the table back", async () => {
    const { fake } = await tableSheet();
    fake.userDeleteRows("S", 2, 4);
    expect(tableT(fake)).toBeUndefined();
    fake.userUndo();
    expect(tableT(fake)).toEqual({ row: 2, col: 0, rows: 3, cols: 3 });
    expect(column(fake, 0).slice(2, 6)).toEqual(["Name", "a", "b", "c"]);
  });

  test("a sort puts the rows back in their order; typing below the table un-grows it", async () => {
    const { fake } = await tableSheet();
    fake.userEdit("S", "A7:B7", [["d", "0"]]);
    fake.userSortTable("T", "N");
    expect(column(fake, 0).slice(3, 7)).toEqual(["d", "b", "c", "a"]);
    fake.userUndo();
    expect(column(fake, 0).slice(3, 7)).toEqual(["a", "b", "c", "d"]);
    fake.userUndo();
    expect(tableT(fake)?.rows).toBe(3);
    expect(fake.userUndo()).toBe(false);
  });
});
