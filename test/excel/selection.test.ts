import { versionAtMost } from "../../src/fake-excel/profiles";
import { isSeveralAreasSelected } from "../../src/excel/types";
import { leaveTable, onEveryHost } from "./helpers";

onEveryHost("selectedRows", (profile) => {
  test("several areas (Ctrl+click): all their rows from ExcelApi 1.9, a clear refusal before", async () => {
    const t = await leaveTable(12, { profile: profile.id });
    t.fake.userSelect("Leave", "A3:B4,C8:C9, F12");
    const read = t.adapter.selectedRows();
    if (versionAtMost("1.9", profile.apiVersion)) {
      await expect(read).resolves.toEqual([{ kind: "leave", rows: [1, 2, 6, 7, 10] }]);
    } else {
      const error = await read.catch((e: unknown) => e);
      expect(isSeveralAreasSelected(error)).toBe(true);
    }
  });

  test("one area reads the same on every host; outside the tables is empty", async () => {
    const t = await leaveTable(5, { profile: profile.id });
    t.fake.userSelect("Leave", "B2:C4");
    expect(await t.adapter.selectedRows()).toEqual([{ kind: "leave", rows: [0, 1, 2] }]);
    t.fake.userSelect("Leave", "A1");
    expect(await t.adapter.selectedRows()).toEqual([]);
  });
});
