import { isRetryable, OUTCOME_KINDS, type Outcome, type OutcomeKind } from "../../src/core/outcome";
import { NO_TEXT } from "../../src/core/i18n";

const outcome = (kind: OutcomeKind): Outcome => ({
  kind,
  code: null,
  httpStatus: null,
  uncertain: false,
  retryAfterMs: null,
  message: NO_TEXT,
  hint: NO_TEXT,
  detail: null,
  approvalIds: [],
});

test("only passing faults and rate limits are retried; every other kind is final", () => {
  const retried = OUTCOME_KINDS.filter((k) => isRetryable(outcome(k)));
  expect(retried).toEqual(["rate_limited", "retryable"]);
});
