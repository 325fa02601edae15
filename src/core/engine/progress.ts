/** Counts what the UI shows while a run goes (sent, ok, failed, retrying, remaining, ETA). */
import type { SubmitProgress } from "./types";

export class ProgressTracker {
  private sent = 0;
  private ok = 0;
  private failed = 0;
  private retrying = 0;
  retries = 0;

  constructor(
    private readonly total: number,
    private readonly now: () => number,
    private readonly emit: ((p: SubmitProgress) => void) | undefined,
    private readonly startedAt = now(),
  ) {}

  firstSend(): void {
    this.sent++;
    this.report();
  }

  retryWait(delta: 1 | -1): void {
    this.retrying += delta;
    if (delta === 1) this.retries++;
    this.report();
  }

  finished(ok: boolean): void {
    if (ok) this.ok++;
    else this.failed++;
    this.report();
  }

  snapshot(): SubmitProgress {
    const done = this.ok + this.failed;
    const remaining = this.total - done;
    const elapsed = this.now() - this.startedAt;
    const etaMs = done > 0 && elapsed > 0 ? Math.round((remaining * elapsed) / done) : null;
    return {
      total: this.total,
      sent: this.sent,
      ok: this.ok,
      failed: this.failed,
      retrying: this.retrying,
      remaining,
      etaMs,
    };
  }

  report(): void {
    this.emit?.(this.snapshot());
  }
}
