/**
 * The last word on the wire: a sliding-window log of the moments requests were really written
 * to an upstream socket. The pacer spaces releases, but a release is not a send: a new
 * connection, or a stalled event loop between the release and the write, can make sends
 * bunch up. So the upstream client asks here at the moment of writing (socket connected,
 * bytes about to go), and a send is allowed only while fewer than `limit` were written in the
 * last `windowMs`; otherwise it waits for the oldest to leave the window and asks again.
 */
import type { ProxyClock } from "./clock";

/** Called at the moment of sending; answers whether it really sent (false: the request was given up). */
export type SendNow = () => boolean;

export interface SendGate {
  /** Runs `send` as soon as the window has room (maybe at once), recording it if it sent. */
  whenFree(send: SendNow): void;
}

export class SendWindow implements SendGate {
  /** Times of the last `limit` sends, a ring: `log[head]` is the oldest. */
  private readonly log: Float64Array;
  private head = 0;
  private readonly waiting: SendNow[] = [];
  private cancelTimer: (() => void) | null = null;

  constructor(
    readonly limit: number,
    private readonly clock: ProxyClock,
    readonly windowMs = 1000,
  ) {
    this.log = new Float64Array(Math.max(1, Math.floor(limit))).fill(-Infinity);
  }

  /** When the next send may go: now, or when the oldest of the last `limit` leaves the window. */
  nextFreeAt(): number {
    return this.log[this.head] + this.windowMs;
  }

  whenFree(send: SendNow): void {
    this.waiting.push(send);
    this.pump();
  }

  private pump(): void {
    while (this.waiting.length > 0) {
      const now = this.clock.now();
      const at = this.nextFreeAt();
      if (now < at) {
        if (!this.cancelTimer)
          this.cancelTimer = this.clock.setTimer(
            () => {
              this.cancelTimer = null;
              this.pump();
            },
            Math.max(1, Math.ceil(at - now)),
          );
        return;
      }
      const send = this.waiting.shift();
      if (send?.()) {
        // Stamped when the write has returned, not when it was allowed: a write held up on
        // its way (the process descheduled, a collection) counts from when it really left.
        this.log[this.head] = this.clock.now();
        this.head = (this.head + 1) % this.log.length;
      }
    }
  }
}
