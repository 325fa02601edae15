import { LiveValidator } from "../../src/core/live";
import type { TableSnapshot } from "../../src/core/model";
import { checkWorkbook } from "./support/check";
import { parseStatusCell, STATUS_LABELS, statusLabel } from "../../src/core/status";
import { table, VALID, type RowObject } from "./support/tables";

const codesOf = (snapshots: TableSnapshot[]) =>
  checkWorkbook(snapshots).issues.map((i) => `${i.kind}:${i.row}:${i.code}:${i.severity}`);

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

describe("status labels and submission state", () => {
  test.each(Object.keys(STATUS_LABELS).filter((s) => s !== "blank"))(
    "%s reads back from either language",
    (status) => {
      const s = status as keyof typeof STATUS_LABELS;
      expect(parseStatusCell(statusLabel(s, "zh-CN"))).toBe(s);
      expect(parseStatusCell(statusLabel(s, "en-US"))).toBe(s);
      expect(parseStatusCell(` ${statusLabel(s, "en-US").toUpperCase()} `)).toBe(s);
      expect(parseStatusCell(s)).toBe(s);
    },
  );

  test("blank and unknown status cells", () => {
    expect(parseStatusCell("")).toBe("blank");
    expect(parseStatusCell("   ")).toBe("blank");
    expect(parseStatusCell("whatever")).toBeUndefined();
    expect(parseStatusCell(3)).toBeUndefined();
  });

  test("an approval ID that Excel turned into a rounded number still counts as submitted", () => {
    const first = checkWorkbook([table("leave", [VALID.leave])]).records[0];
    const r = checkWorkbook([
      table("leave", [{ ...VALID.leave, approval_id: 6.737202939523236e18, key: first.key }], {
        results: true,
      }),
    ]);
    expect(r.pending).toEqual([]);
    expect(r.submitted.map((x) => x.row)).toEqual([0]);
  });

  test("a full check sorts records into pending, submitted and edited from the result columns", () => {
    const first = checkWorkbook([table("leave", [VALID.leave])]).records[0];
    const rows: RowObject[] = [
      { ...VALID.leave, approval_id: "A1", key: first.key, fingerprint: first.fingerprint, status: "已写入" },
      { ...VALID.leave, employee: "u2", approval_id: "A2", key: first.key, fingerprint: first.fingerprint },
      { ...VALID.leave, employee: "u3" },
    ];
    const r = checkWorkbook([table("leave", rows, { results: true })]);
    expect(r.submitted.map((x) => x.row)).toEqual([0]);
    expect(r.edited.map((x) => x.row)).toEqual([1]);
    expect(r.pending.map((x) => x.row)).toEqual([2]);
    expect(r.issues.map((i) => [i.row, i.column, i.code, i.severity])).toEqual([
      [1, "approval_id", "edited_after_submission", "warning"],
    ]);
  });
});

describe("LiveValidator", () => {
  const later = { start_time: "2026-01-12 09:00", end_time: "2026-01-12 18:00" };
  const workbook = () => [
    table("leave", [
      VALID.leave,
      { ...VALID.leave, employee: "u2" },
      { ...VALID.leave, employee: "u3", ...later },
    ]),
    table("out", [
      {
        ...VALID.out,
        start_time: "2026-01-05 13:00",
        end_time: "2026-01-05 14:00",
        duration: 1,
        employee: "u2",
      },
    ]),
    table("overtime", [VALID.overtime]),
  ];

  test("re-checks the changed row and the same person's rows, and agrees with a full check", () => {
    const live = new LiveValidator();
    const first = live.load(workbook());
    expect(first.issues.map((i) => `${i.kind}:${i.row}:${i.code}`)).toEqual([
      "leave:1:overlap_other_sheet",
      "out:0:overlap_other_sheet",
    ]);
    const wb = workbook();
    wb[0].rows[1][0] = "u3"; // leave row 1 moves from u2 to u3
    const up = live.update([wb[0]], [{ kind: "leave", rows: [1] }]);
    expect(up.scope).toEqual([
      { kind: "leave", rows: [1, 2] },
      { kind: "out", rows: [0] },
    ]);
    expect(up.issues).toEqual([]); // u2's out row is cleared; u3's rows do not overlap
    const full = checkWorkbook(wb);
    expect(live.current().issues).toEqual(full.issues);
    expect(live.current().records.map((r) => r.key)).toEqual(full.records.map((r) => r.key));
  });

  test("reports new field and cross-row issues for the scope only", () => {
    const live = new LiveValidator();
    live.load(workbook());
    const wb = workbook();
    wb[0].rows[2][0] = "u1";
    wb[0].rows[2][2] = VALID.leave.start_time as string;
    wb[0].rows[2][3] = VALID.leave.end_time as string;
    wb[0].rows[2][6] = "";
    const up = live.update([wb[0]], [{ kind: "leave", rows: [2] }]);
    expect(up.issues.map((i) => `${i.kind}:${i.row}:${i.code}`).sort()).toEqual([
      "leave:0:overlap",
      "leave:2:overlap",
      "leave:2:required",
    ]);
    expect(up.scope).toEqual([{ kind: "leave", rows: [0, 2] }]);
  });

  test("a header change re-reads the whole table", () => {
    const live = new LiveValidator();
    live.load(workbook());
    const wb = workbook();
    wb[2].headers[0] = "Someone";
    const up = live.update([wb[2]], [{ kind: "overtime", rows: [0] }]);
    expect(up.scope).toContainEqual({ kind: "overtime" });
    expect(up.issues.map((i) => `${i.row}:${i.code}`)).toEqual(
      expect.arrayContaining(["-1:missing_column", "-1:unknown_header"]),
    );
  });
});
