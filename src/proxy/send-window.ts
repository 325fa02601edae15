/**
 * The last word on the wire. Feishu counts requests when they *arrive*, which is somewhere
 * between the moment the proxy wrote one and the moment its answer came back: a busy gateway,
 * the network or a loaded host can hold early requests and let later ones catch up, so gaps
 * measured at writing shrink on arrival (bursts put 51–53 in a second Feishu measured, with
 * 48 a second written). So a request holds its place in the window from its write until a
 * second after its answer (or failure) came back, and a request is written only while fewer
 * than `limit` hold a place. Then no `limit + 1` requests can arrive within one second,
 * however arrivals bunch: the last of them was written after the others had been written
 * and less than a second after each of them arrived, so each still held its place.
 * The upstream client asks here at the moment of writing (socket connected, bytes about to go).
 */
import type { ProxyClock } from "./clock";

/** Called at the moment of sending; answers whether it really sent (false: the request was given up). */
export type SendNow = () => boolean;

export interface SendGate {
  /**
   * Runs `send` as soon as the window has room (maybe at once). Returns `answered`, to be called
   * once the answer (or a failure) has come back: a send holds its place until a second after.
   */
  whenFree(send: SendNow): () => void;
}

export class SendWindow implements SendGate {
  /** Requests written and not yet out of the window: answered at `doneAt` (Infinity: in flight). */
  private readonly held = new Set<{ doneAt: number }>();
  private readonly waiting: SendNow[] = [];
  private cancelTimer: (() => void) | null = null;

  constructor(
    readonly limit: number,
    private readonly clock: ProxyClock,
    readonly windowMs = 1000,
  ) {}

  whenFree(send: SendNow): () => void {
    const place = { doneAt: Infinity };
    let sent = false;
    this.waiting.push(() => {
      sent = send();
      if (sent) this.held.add(place);
      return sent;
    });
    this.pump();
    return () => {
      if (!sent || place.doneAt !== Infinity) return;
      place.doneAt = this.clock.now();
      this.pump();
    };
  }

  /** How many hold a place now; the earliest time one leaves (Infinity: only answers free places). */
  private occupancy(now: number): { count: number; nextFreeAt: number } {
    let nextFreeAt = Infinity;
    for (const p of this.held) {
      const leaves = p.doneAt + this.windowMs;
      if (leaves <= now) this.held.delete(p);
      else nextFreeAt = Math.min(nextFreeAt, leaves);
    }
    return { count: this.held.size, nextFreeAt };
  }

  private pump(): void {
    while (this.waiting.length > 0) {
      const now = this.clock.now();
      const { count, nextFreeAt } = this.occupancy(now);
      if (count >= this.limit) {
        if (!this.cancelTimer && nextFreeAt !== Infinity)
          this.cancelTimer = this.clock.setTimer(
            () => {
              this.cancelTimer = null;
              this.pump();
            },
            Math.max(1, Math.ceil(nextFreeAt - now)),
          );
        return;
      }
      this.waiting.shift()?.();
    }
  }
}
