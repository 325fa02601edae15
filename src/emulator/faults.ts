/**
 * Fault injection: which fault, if any, hits a request, drawn from a seeded
 * PRNG so a run is repeatable. One draw per request picks at most one fault, in the order
 * 5xx, 429, reset, lost response, slow; latency is drawn separately and added on top.
 * Faults apply only to `paths` (default: the create path), latency included.
 */
import { FEISHU_PATHS } from "../core/feishu/schemas";
import { seededRandom } from "./time";

export interface FaultOptions {
  /** Added before every answer on the faulted paths. */
  latencyMs?: { min: number; max: number } | { mean: number; jitter: number };
  /** Answer 500 (code 1225000) or a plain 503; the record is NOT written. */
  http5xxRate?: number;
  /** Answer 429 (code 99991400 + x-ogw-ratelimit-* headers) although under the limit. */
  rateLimit429Rate?: number;
  /** Destroy the socket (TCP reset) without answering; the record is NOT written. */
  resetRate?: number;
  /** Write the record, then destroy the socket: "written, response lost". */
  lostResponseRate?: number;
  /** Write the record, answer only after slowMs (past any sane client timeout). */
  slowRate?: number;
  /** Default 30000. The timer never keeps the process alive and is cleared on close. */
  slowMs?: number;
  /** Paths faults apply to; default only the create path. */
  paths?: string[];
}

export type FaultKind = "http5xx" | "rateLimit429" | "reset" | "lostResponse" | "slow";

const ORDER: [FaultKind, keyof FaultOptions][] = [
  ["http5xx", "http5xxRate"],
  ["rateLimit429", "rateLimit429Rate"],
  ["reset", "resetRate"],
  ["lostResponse", "lostResponseRate"],
  ["slow", "slowRate"],
];

export class FaultPlan {
  private readonly random: () => number;
  private opts: FaultOptions | undefined;

  constructor(opts: FaultOptions | undefined, seed: number) {
    this.random = seededRandom(seed);
    this.opts = opts;
  }

  set(opts: FaultOptions | undefined): void {
    this.opts = opts;
  }

  get slowMs(): number {
    return this.opts?.slowMs ?? 30_000;
  }

  appliesTo(path: string): boolean {
    if (!this.opts) return false;
    return (this.opts.paths ?? [FEISHU_PATHS.create]).includes(path);
  }

  /** The fault for this request, if any. */
  pick(): FaultKind | undefined {
    if (!this.opts) return undefined;
    const r = this.random();
    let acc = 0;
    for (const [kind, key] of ORDER) {
      acc += (this.opts[key] as number | undefined) ?? 0;
      if (r < acc) return kind;
    }
    return undefined;
  }

  /** Extra latency in ms for this request (0 when none is configured). */
  latency(): number {
    const l = this.opts?.latencyMs;
    if (!l) return 0;
    const r = this.random();
    const ms = "min" in l ? l.min + r * (l.max - l.min) : l.mean + (r * 2 - 1) * l.jitter;
    return Math.max(0, ms);
  }

  /** 500 with Feishu's internal-error code half of the time, else a bare gateway 503. */
  choose5xx(): "envelope500" | "plain503" {
    return this.random() < 0.5 ? "envelope500" : "plain503";
  }
}
