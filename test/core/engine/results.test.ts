/**
 * A row's Message after a run is the pane's own sentence in the clerk's language: what the browser
 * or Feishu said in its own words ("Failed to fetch", an HTTP status, Feishu's msg) is kept as the
 * row's detail, for IT, never written into the Message.
 */
import { deliveryResult } from "../../../src/core/engine/results";
import type { Delivery } from "../../../src/core/engine/deliver";
import { messageText } from "../../../src/core/catalog";
import { mapCallResult } from "../../../src/core/feishu/outcomes";
import type { PreparedRecord } from "../../../src/core/model";
import { foreignWords } from "../../support/foreign-words";

const record = { kind: "leave", row: 3, key: "k", fingerprint: "f" } as PreparedRecord;
const network = mapCallResult({
  failure: { type: "network", sent: true, message: "TypeError: Failed to fetch" },
});
const gateway = mapCallResult({
  answer: { status: 504, headers: {}, body: "Error occurred while trying to proxy: localhost:3000" },
});
const refused = mapCallResult({
  answer: { status: 400, headers: {}, body: { code: 1220004, msg: "user_id is not exist" } },
});

const CASES: [string, Delivery, string][] = [
  [
    "unknown after a browser's network error",
    { status: "unknown", outcome: network, note: messageText("run.maybeWritten") },
    "TypeError: Failed to fetch",
  ],
  [
    "unknown after a gateway's 504",
    { status: "unknown", outcome: gateway, note: messageText("run.maybeWritten") },
    "HTTP 504: Error occurred while trying to proxy: localhost:3000",
  ],
  ["held after Feishu refused the person", { status: "held", outcome: refused }, "user_id is not exist"],
  ["failed", { status: "failed", outcome: refused, note: null }, "user_id is not exist"],
];

describe.each(["zh-CN", "en-US"] as const)("%s row results", (locale) => {
  test.each(CASES)("%s: the Message has no raw words; the detail keeps them", (_name, delivery, raw) => {
    const r = deliveryResult(record, delivery, locale, 0, false);
    expect(r?.message).toBeTruthy();
    expect(r?.message).not.toContain(raw);
    expect(r?.message).not.toMatch(/HTTP|Failed to fetch|user_id is not exist/);
    expect(foreignWords(r?.message ?? "", locale)).toEqual([]);
    expect(r?.detail).toBe(raw);
  });
});
