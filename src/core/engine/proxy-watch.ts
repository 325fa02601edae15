/**
 * A run's view of the proxy. Every call's result passes through `saw`: an HTTP answer (any
 * status) shows the proxy is there; a connection refused, reset or failed shows it may be gone;
 * a timeout only that it is slow (a busy machine), so it never counts towards a loss by itself,
 * it only has the self-check asked. After `lostAfter` refused, reset or failed connections in a
 * row across the whole run, or as soon as the proxy's self-check fails (`probe`, asked once
 * `probeAfter` failures of any kind came in a row), the proxy is lost: every call ends at once (attempt.ts), waits wake up, and the run
 * stops, leaving the rows it did not try as they were.
 */
import type { CallResult } from "../outcome";
import { StopSignal } from "./clock";
import type { AbortSignalLike } from "./types";

export interface ProxyWatchOptions {
  /** Transport failures in a row that mean the proxy is gone (default 8). */
  lostAfter?: number;
  /** Failures in a row after which the self-check is asked (default 2). */
  probeAfter?: number;
  /** The proxy's self-check: false (or a throw) means it cannot be reached. */
  probe?: () => Promise<boolean>;
}

export const PROXY_LOST_AFTER = 8;

export class ProxyWatch {
  /** Transport failures in a row, of which `gone` refused, reset or failed (not timed out). */
  private failures = 0;
  private gone = 0;
  private probing = false;
  private readonly stop = new StopSignal();

  constructor(private readonly o: ProxyWatchOptions = {}) {}

  /** True once the proxy is taken for lost; it stays so for the run. */
  get lost(): boolean {
    return this.stop.aborted;
  }

  saw(result: CallResult): void {
    if ("answer" in result) {
      this.failures = this.gone = 0;
      return;
    }
    if (result.failure.type === "aborted") return;
    this.failures++;
    if (result.failure.type !== "timeout") this.gone++;
    if (this.gone >= (this.o.lostAfter ?? PROXY_LOST_AFTER)) this.lose();
    else if (this.o.probe && !this.probing && this.failures >= (this.o.probeAfter ?? 2))
      void this.ask(this.o.probe);
  }

  lose(): void {
    this.stop.stop();
  }

  private async ask(probe: () => Promise<boolean>): Promise<void> {
    this.probing = true;
    let ok = false;
    try {
      ok = await probe();
    } catch {
      ok = false;
    }
    this.probing = false;
    if (!ok && this.failures > 0) this.lose();
  }

  /** A signal that fires on `signal`'s abort or when the proxy is lost, for waits to wake up. */
  signalFor(signal?: AbortSignalLike): AbortSignalLike {
    const own = this.stop;
    return {
      get aborted() {
        return own.aborted || !!signal?.aborted;
      },
      addEventListener(type, listener, options) {
        own.addEventListener(type, listener);
        signal?.addEventListener(type, listener, options);
      },
      removeEventListener(type, listener) {
        own.removeEventListener(type, listener);
        signal?.removeEventListener(type, listener);
      },
    };
  }
}
