import { wallTime } from "../../../src/core/cells/datetime";
import type { TableSnapshot } from "../../../src/core/model";
import { crossCheck } from "../../../src/core/validate/cross";
import type { RowFacts } from "../../../src/core/validate/types";
import { checkWorkbook } from "../../unit/support/check";
import { table, VALID, type RowObject } from "../../unit/support/tables";

const codesOf = (snapshots: TableSnapshot[]) =>
  checkWorkbook(snapshots).issues.map((i) => `${i.kind}:${i.row}:${i.code}:${i.severity}`);

/** A row's facts on 5 January 2026 from h1 to h2 o'clock. */
const at = (
  kind: RowFacts["kind"],
  row: number,
  h1: number,
  h2: number,
  more: Partial<RowFacts> = {},
): RowFacts => ({
  kind,
  row,
  userId: "u1",
  start: wallTime(2026, 1, 5, h1),
  end: wallTime(2026, 1, 5, h2),
  ...more,
});

describe("crossCheck on row facts", () => {
  test.each<[string, RowFacts[], string[]]>([
    ["apart", [at("leave", 0, 9, 12), at("leave", 1, 13, 18)], []],
    ["touching ends do not overlap", [at("leave", 0, 9, 12), at("leave", 1, 12, 18)], []],
    [
      "overlap on one sheet marks both",
      [at("leave", 0, 9, 12), at("leave", 1, 11, 18)],
      ["leave:0:overlap", "leave:1:overlap"],
    ],
    [
      "overlap across leave and out",
      [at("leave", 0, 9, 12), at("out", 0, 11, 13)],
      ["out:0:overlap_other_sheet", "leave:0:overlap_other_sheet"],
    ],
    ["overtime is checked apart from leave", [at("leave", 0, 9, 12), at("overtime", 0, 11, 13)], []],
    ["other people never overlap", [at("leave", 0, 9, 12), at("leave", 1, 9, 12, { userId: "u2" })], []],
    [
      "same fingerprint: the later row is a duplicate of the first",
      [at("leave", 0, 9, 12, { fingerprint: "f" }), at("leave", 1, 9, 12, { fingerprint: "f" })],
      ["leave:1:duplicate_record"],
    ],
    [
      "same fingerprint, other External IDs: duplicate content",
      [
        at("leave", 0, 9, 12, { fingerprint: "f", externalId: "A" }),
        at("leave", 1, 9, 12, { fingerprint: "f", externalId: "B" }),
      ],
      ["leave:1:duplicate_content"],
    ],
    [
      "same External ID on one kind marks both rows",
      [at("out", 0, 9, 10, { externalId: "X" }), at("out", 1, 14, 15, { externalId: "X" })],
      ["out:0:duplicate_external_id", "out:1:duplicate_external_id"],
    ],
    [
      "rows without times are never overlaps",
      [at("leave", 0, 9, 12), { kind: "leave", row: 1, userId: "u1" }],
      [],
    ],
  ])("%s", (_name, facts, expected) => {
    // The order of issues is the sink's; the pane sorts them by sheet and row.
    expect(
      crossCheck(facts)
        .map((i) => `${i.kind}:${i.row}:${i.code}`)
        .sort(),
    ).toEqual([...expected].sort());
  });
});

describe("cross-row rules", () => {
  test("the same record twice: the later copy is an error pointing at the first", () => {
    const r = checkWorkbook([table("leave", [VALID.leave, VALID.leave])]);
    expect(r.issues.map((i) => [i.row, i.code, i.severity])).toEqual([[1, "duplicate_record", "error"]]);
    expect(r.issues[0].message_en).toContain("row 2");
    expect(r.records.map((x) => x.row)).toEqual([0]);
  });

  test("the same content with different External IDs is only a warning", () => {
    expect(
      codesOf([
        table("out", [
          { ...VALID.out, external_id: "A" },
          { ...VALID.out, external_id: "B" },
        ]),
      ]),
    ).toEqual(["out:1:duplicate_content:warning"]);
  });

  test("the same External ID twice marks both rows; other tables may reuse it", () => {
    const rows: RowObject[] = [
      { ...VALID.leave, external_id: "X1" },
      { ...VALID.leave, start_time: "2026-01-09 09:00", end_time: "2026-01-09 18:00", external_id: "X1" },
    ];
    expect(codesOf([table("leave", rows), table("out", [{ ...VALID.out, external_id: "X1" }])])).toEqual([
      "leave:0:duplicate_external_id:error",
      "leave:1:duplicate_external_id:error",
    ]);
  });

  test.each<[string, TableSnapshot[], string[]]>([
    [
      "leave over leave: error on both",
      [
        table("leave", [
          VALID.leave,
          {
            ...VALID.leave,
            type: "病假",
            start_time: "2026-01-05 17:00",
            end_time: "2026-01-05 19:00",
            unit: "小时",
            duration: 2,
          },
        ]),
      ],
      ["leave:0:overlap:error", "leave:1:overlap:error"],
    ],
    [
      "touching ranges do not overlap",
      [
        table("leave", [
          VALID.leave,
          { ...VALID.leave, start_time: "2026-01-05 18:00", end_time: "2026-01-05 19:00", duration: 0.125 },
        ]),
      ],
      [],
    ],
    ["other people do not overlap", [table("leave", [VALID.leave, { ...VALID.leave, employee: "u2" }])], []],
    [
      "leave over out: warning on both",
      [
        table("leave", [VALID.leave]),
        table("out", [
          { ...VALID.out, start_time: "2026-01-05 13:00", end_time: "2026-01-05 14:00", duration: 1 },
        ]),
      ],
      ["leave:0:overlap_other_sheet:warning", "out:0:overlap_other_sheet:warning"],
    ],
    [
      "a trip's day counts whole",
      [
        table("leave", [VALID.leave]),
        table("trip", [{ ...VALID.trip, start_time: "2026-01-04 09:00", end_time: "2026-01-05 08:00" }]),
      ],
      ["leave:0:overlap_trip_day:warning", "trip:0:overlap_trip_day:warning"],
    ],
    [
      "overtime over overtime: error",
      [
        table("overtime", [
          VALID.overtime,
          {
            ...VALID.overtime,
            start_time: "2026-01-05 20:00",
            end_time: "2026-01-05 22:00",
            external_id: "o2",
          },
        ]),
      ],
      ["overtime:0:overlap:error", "overtime:1:overlap:error"],
    ],
    [
      "overtime and leave are not compared",
      [
        table("leave", [VALID.leave]),
        table("overtime", [{ ...VALID.overtime, start_time: "2026-01-05 10:00" }]),
      ],
      [],
    ],
  ])("%s", (_name, snapshots, expected) => {
    expect(codesOf(snapshots).sort()).toEqual([...expected].sort());
  });

  test("an overlap with a long earlier row is found past shorter ones in between", () => {
    const rows: RowObject[] = [
      { ...VALID.leave, start_time: "2026-01-05 08:00", end_time: "2026-01-05 20:00" },
      {
        ...VALID.leave,
        type: "病假",
        start_time: "2026-01-05 09:00",
        end_time: "2026-01-05 10:00",
        duration: 0.125,
      },
      {
        ...VALID.leave,
        type: "事假",
        start_time: "2026-01-05 15:00",
        end_time: "2026-01-05 16:00",
        duration: 0.125,
      },
    ];
    expect(codesOf([table("leave", rows)])).toEqual([
      "leave:0:overlap:error",
      "leave:1:overlap:error",
      "leave:2:overlap:error",
    ]);
  });
});
