import {
  flattenQueryAnswer,
  isRevokedStatus,
  recordOfRow,
  typeKeyOf,
} from "../../../src/core/records/feishu-record";
import { makeRecord } from "../../engine/support/records";

const answer = {
  code: 0,
  data: {
    user_approvals: [
      {
        user_id: "E0003",
        date: "20260121",
        leaves: [
          {
            approval_id: "6737202939523236113",
            uniq_id: "annual",
            start_time: "2026-01-21 09:00:00",
            end_time: "2026-01-21 18:00:00",
            i18n_names: { ch: "年假", en: "Annual leave" },
            reason: "家事",
            idempotent_id: "k1",
          },
        ],
        outs: [],
        overtime_works: [
          {
            approval_id: "2",
            type: 1,
            category: 2,
            start_time: "2026-01-21 19:00:00",
            end_time: "2026-01-21 21:00:00",
          },
        ],
        trips: [{ start_time: "x" }],
      },
      "not a group",
    ],
  },
};

describe("flattenQueryAnswer", () => {
  it("gives one flat record per item with an approval ID, from the body or its data", () => {
    for (const input of [answer, answer.data]) {
      const records = flattenQueryAnswer(input, 2);
      expect(records).toHaveLength(2);
      expect(records[0]).toEqual({
        kind: "leave",
        userId: "E0003",
        approvalId: "6737202939523236113",
        status: 2,
        date: "20260121",
        start: "2026-01-21 09:00:00",
        end: "2026-01-21 18:00:00",
        typeKey: "annual",
        typeName: { zh: "年假", en: "Annual leave" },
        reason: "家事",
        idempotentId: "k1",
      });
      expect(records[1]).toMatchObject({ kind: "overtime", typeKey: "1/2", typeName: { zh: "加班" } });
    }
  });

  it("takes the queried status unless the item carries its own", () => {
    const withStatus = {
      user_approvals: [{ user_id: "E1", date: "1", outs: [{ approval_id: "9", status: 4 }] }],
    };
    expect(flattenQueryAnswer(withStatus, 3)[0].status).toBe(4);
    expect(flattenQueryAnswer(answer, 3)[0].status).toBe(3);
  });

  it("answers nothing for a body without user_approvals", () => {
    expect(flattenQueryAnswer(null, 2)).toEqual([]);
    expect(flattenQueryAnswer({ data: {} }, 2)).toEqual([]);
  });
});

describe("status and rows", () => {
  it.each([
    [2, false],
    [3, true],
    [4, true],
    [0, false],
  ])("status %i revoked: %s", (s, revoked) => expect(isRevokedStatus(s)).toBe(revoked));

  it("flattens a row's request the same way", () => {
    const r = makeRecord(0);
    expect(recordOfRow(r)).toMatchObject({
      kind: "leave",
      userId: "E0001",
      start: "2026-01-05 09:00:00",
      end: "2026-01-05 11:00:00",
      typeKey: "annual",
      reason: "family",
    });
    expect(typeKeyOf("trip", {})).toBe("");
  });
});
