/**
 * .csv files: UTF-8 with and without a byte-order mark and GBK (Excel in Chinese) read the same;
 * leading zeros, 19-digit IDs and dates stay as typed; the kind comes from --kind, the name or the
 * headers; results go to a results file beside the input and come back by content or External ID.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { openCsv, resultsPathOf } from "../../../src/cli/files/csv";
import { prepareFile } from "../../../src/cli/push";
import { CliProblem } from "../../../src/cli/problem";

const settings = { employeeType: "employee_id" as const, workdayHours: 8 };
const HEADER = "员工ID,假期类型,开始时间,结束时间,单位,时长,事由,外部单号";
const ROWS = [
  "00123,年假 / Annual leave,2026-03-02 09:00,2026-03-02 18:00,天,1,家事,7212345678901234567",
  'E0002,年假 / Annual leave,2026/3/3,2026/3/4,天,2,"旅行, 两天",',
];
const text = [HEADER, ...ROWS].join("\r\n") + "\r\n";

const dir = () => mkdtempSync(join(tmpdir(), "cli-csv-"));

function write(name: string, bytes: Buffer): string {
  const path = join(dir(), name);
  writeFileSync(path, bytes);
  return path;
}

const encodings: [string, Buffer][] = [
  ["UTF-8", Buffer.from(text, "utf8")],
  ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])],
  ["GBK", iconv.encode(text, "gbk")],
];

test.each(encodings)(
  "%s: leading zeros, a 19-digit External ID and dates read as typed",
  async (_, bytes) => {
    const file = await openCsv(write("请假.csv", bytes), null);
    expect(file.tables).toHaveLength(1);
    expect(file.tables[0]).toMatchObject({ kind: "leave", locale: "zh-CN" });
    expect(file.tables[0].snapshot.rows[0].slice(0, 3)).toEqual([
      "00123",
      "年假 / Annual leave",
      "2026-03-02 09:00",
    ]);
    const prepared = prepareFile(file, settings);
    expect(prepared.issues.filter((i) => i.severity === "error")).toEqual([]);
    const [first, second] = prepared.records.map((r) => r.body.user_approval);
    expect(first.user_id).toBe("00123");
    expect(first.leaves?.[0]).toMatchObject({
      start_time: "2026-03-02 09:00:00",
      end_time: "2026-03-02 18:00:00",
      idempotent_id: "7212345678901234567",
    });
    expect(second.leaves?.[0]).toMatchObject({
      start_time: "2026-03-03 00:00:00",
      end_time: "2026-03-04 23:59:59",
      reason: "旅行, 两天",
    });
  },
);

test("the kind comes from --kind, else the file name, else the headers; unclear is a file problem", async () => {
  const bytes = Buffer.from(text, "utf8");
  expect((await openCsv(write("march.csv", bytes), "out")).tables[0].kind).toBe("out");
  expect((await openCsv(write("Leave-2026-03.csv", bytes), null)).tables[0].kind).toBe("leave");
  const overtime =
    "员工ID,开始时间,结束时间,单位,加班日类型,加班类型\r\nE1,2026-03-02 18:00,2026-03-02 21:00,小时,,\r\n";
  expect((await openCsv(write("march.csv", Buffer.from(overtime)), null)).tables[0].kind).toBe("overtime");
  expect((await openCsv(write("march.csv", bytes), null)).tables[0].kind).toBe("leave");
  const unclear = Buffer.from("员工ID,开始时间,结束时间\r\nE1,2026-03-02,2026-03-02\r\n");
  await expect(openCsv(write("march.csv", unclear), null)).rejects.toBeInstanceOf(CliProblem);
});

test("results go to <name>.results.csv and come back by content, or by External ID after an edit", async () => {
  const path = write("leave.csv", Buffer.from(text, "utf8"));
  const file = await openCsv(path, null);
  file.writeResults(
    prepareFile(file, settings).records.map((r) => ({
      kind: r.kind,
      row: r.row,
      status: "submitted" as const,
      approval_id: `730000000000000000${r.row + 1}`,
      key: r.key,
      fingerprint: r.fingerprint,
    })),
  );
  await file.save();
  expect(resultsPathOf(path)).toBe(path.replace(/\.csv$/, ".results.csv"));
  const saved = readFileSync(resultsPathOf(path));
  expect([...saved.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(saved.toString("utf8")).toContain("7300000000000000001");

  // The clerk swaps the rows and edits the first one's reason (its External ID stays).
  writeFileSync(path, [HEADER, ROWS[1], ROWS[0].replace("家事", "家事（改）")].join("\n"));
  const again = await openCsv(path, null);
  const rows = again.tables[0].snapshot.rows;
  const headers = again.tables[0].snapshot.headers;
  const approval = headers.indexOf("审批ID");
  expect(rows[0][approval]).toBe("7300000000000000002");
  expect(rows[1][approval]).toBe("7300000000000000001");
  const states = prepareFile(again, settings).rows.map((v) => v.state);
  expect(states).toEqual(["submitted", "edited"]);
});
