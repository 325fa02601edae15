/** The approval history (src/core/lifecycle/history.ts): lineage, keys used, unfinished runs, writes noted. */
import {
  keyForSend,
  ApprovalHistory,
  liveEntry,
  noteWrites,
  recordSpan,
  type ApprovalEntry,
} from "../../../src/core/lifecycle/history";
import { makeRecord } from "../../engine/support/records";

const entry = (approvalId: string, over: Partial<ApprovalEntry> = {}): ApprovalEntry => ({
  approvalId,
  kind: "leave",
  row: 0,
  key: `k-${approvalId}`,
  fingerprint: "f",
  employeeType: "employee_id",
  userId: "E0001",
  from: "20260105",
  to: "20260105",
  state: "live",
  ...over,
});

describe("ApprovalHistory", () => {
  test("a row's lineage runs from its first approval ID to the one its cell holds", () => {
    const h = new ApprovalHistory([
      entry("A", { state: "replaced", replacedBy: "B" }),
      entry("B", { state: "replaced", replacedBy: "C", nextKey: "k~2" }),
      entry("C"),
      entry("X"),
    ]);
    expect(h.lineage("C").map((e) => e.approvalId)).toEqual(["A", "B", "C"]);
    expect(h.lineage("B").map((e) => e.approvalId)).toEqual(["A", "B"]);
    expect(h.lineage("X").map((e) => e.approvalId)).toEqual(["X"]);
    expect(h.lineage("nope")).toEqual([]);
    expect(h.keysOf("C").sort()).toEqual(["k-A", "k-B", "k-C", "k~2"]);
  });

  test("a cycle in replacedBy (a hand-edited sheet) ends the lineage instead of looping", () => {
    const h = new ApprovalHistory([entry("A", { replacedBy: "B" }), entry("B", { replacedBy: "A" })]);
    expect(h.lineage("A").map((e) => e.approvalId)).toEqual(["B", "A"]);
  });

  test("unfinished: pending revokes, and replaces revoked but not yet written again", () => {
    const h = new ApprovalHistory([
      entry("live"),
      entry("pending", { state: "revoke-pending", intent: "revoke" }),
      entry("half", { state: "revoked", intent: "replace", nextKey: "n" }),
      entry("done", { state: "revoked" }),
      entry("replaced", { state: "replaced", replacedBy: "live" }),
    ]);
    expect(h.unfinished().map((e) => e.approvalId)).toEqual(["pending", "half"]);
  });

  test("update drops fields set to undefined and leaves unknown IDs alone", () => {
    const h = new ApprovalHistory([entry("A", { state: "revoke-pending", intent: "replace", nextKey: "n" })]);
    expect(h.update("A", { state: "live", intent: undefined, nextKey: undefined })).toEqual(entry("A"));
    expect(h.update("Z", { state: "revoked" })).toBeUndefined();
    expect(h.entries()).toHaveLength(1);
  });
});

describe("entries from records", () => {
  test("the span covers the date and the start and end days", () => {
    const r = makeRecord(3); // a trip on 2026-01-05, whole day
    expect(recordSpan(r)).toEqual({ from: "20260105", to: "20260105" });
    const twoDays = makeRecord(2); // overtime; move its end to the next day
    const ot = twoDays.body.user_approval.overtime_works?.[0];
    if (ot) ot.end_time = "2026-01-06 01:00:00";
    expect(recordSpan(twoDays)).toEqual({ from: "20260105", to: "20260106" });
  });

  test("noteWrites adds a live entry per written record, once, tied to it by key (never by row)", () => {
    const records = [makeRecord(0), makeRecord(1)];
    const h = new ApprovalHistory();
    const results = [
      {
        kind: records[0].kind,
        // The row hint says 1 (rows moved): the key says which record this is.
        row: 1,
        key: records[0].key,
        status: "submitted" as const,
        approval_id: "A1",
        submitted_at: "2026-01-05 10:00:00",
      },
      { kind: records[1].kind, row: 1, key: records[1].key, status: "failed" as const },
    ];
    expect(noteWrites(h, records, results)).toBe(1);
    expect(noteWrites(h, records, results)).toBe(0);
    expect(h.get("A1")).toEqual(liveEntry(records[0], "A1", "2026-01-05 10:00:00"));
    expect(h.get("A1")).toMatchObject({ userId: "E0001", key: "t-0", state: "live" });
    expect(h.takeChanged().map((e) => e.approvalId)).toEqual(["A1"]);
    expect(h.takeChanged()).toEqual([]);
  });
});

describe("keyForSend: the key sequence after revokes", () => {
  const entryOf = (key: string, approvalId: string, state: ApprovalEntry["state"]): ApprovalEntry => ({
    ...liveEntry(makeRecord(0), approvalId, ""),
    key,
    state,
  });

  test("content the journal never saw keeps its own key", () => {
    expect(keyForSend("K", new ApprovalHistory([entryOf("other", "A0", "revoked")]))).toBe("K");
  });

  test("content whose record was revoked goes with the next key; after two revokes, the one after", () => {
    const once = new ApprovalHistory([entryOf("K", "A1", "revoked")]);
    expect(keyForSend("K", once)).toBe("K~2");
    once.put(entryOf("K~2", "A2", "replaced"));
    expect(keyForSend("K", once)).toBe("K~3");
  });

  test("content whose record is live goes with that record's key, so Feishu finds it and nothing is written twice", () => {
    const h = new ApprovalHistory([entryOf("K", "A1", "revoked"), entryOf("K~2", "A2", "live")]);
    expect(keyForSend("K", h)).toBe("K~2");
    expect(keyForSend("K", new ApprovalHistory([entryOf("K", "A1", "live")]))).toBe("K");
  });
});
