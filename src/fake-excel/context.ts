/**
 * Office.js request semantics for the fake: every load, property set and method call is
 * queued; `sync()` applies the queue in order, checks the host's payload limits (UTF-8 bytes
 * of JSON, request and response each with its own error code) and only then makes loaded
 * properties readable. Reading a property that was not loaded and synced throws the way
 * Office.js does; a member above the host's requirement sets fails the sync with ApiNotFound.
 */
import { jsonBytes } from "../excel/payload";
import { guardApi } from "./api-usage";
import type { FakeBook } from "./book";
import { WEB_PAYLOAD_LIMIT_BYTES, versionAtMost } from "./profiles";
import type { UndoStep } from "./undo";

export const PAYLOAD_LIMIT_BYTES = WEB_PAYLOAD_LIMIT_BYTES;
export const ADDRESS_LIMIT_CHARS = 8192;

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

interface Operation {
  bytes: number;
  /** Applies the operation; returns the bytes of data it sends back (loads). */
  apply(): number;
}

export { jsonBytes } from "../excel/payload";

export class FakeContext {
  private queue: Operation[] = [];
  /** Incremented by each sync; objects created before a sync have their null-ness known after it. */
  generation = 0;
  /** Set by `Excel.run({ mergeUndoGroup: true })` on an ExcelApi 1.20 host: every sync of the run goes into one undo step. */
  mergedStep: UndoStep | null | undefined;

  constructor(readonly book: FakeBook) {}

  get pending(): number {
    return this.queue.length;
  }

  /**
   * Queues an operation; `reads` for a load, which changes nothing in the book. `undoable`
   * false for a write the undo stack does not see (adding an event handler, selecting).
   */
  enqueue(bytes: number, apply: () => number | void, reads = false, undoable = !reads): void {
    this.book.stats.operations += 1;
    this.queue.push({
      bytes: bytes + 40,
      apply: () => {
        if (!reads) this.book.revision += 1;
        if (undoable) this.book.undo.noteOther();
        const r = apply();
        return typeof r === "number" ? r : 0;
      },
    });
  }

  /** Queues the failure Excel gives for a member the host does not have. */
  refuse(member: string): void {
    this.enqueue(0, () => {
      throw new FakeOfficeError(
        "ApiNotFound",
        `The API you are trying to use could not be found (${member}). It may be available in a newer version of Excel.`,
      );
    });
  }

  async sync(): Promise<void> {
    // The round trip to the host: Excel answers a sync only after its request has travelled and come back.
    const delay = this.book.syncDelayMs;
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    // A co-author's change (or the clerk's) that reached Excel just before this request.
    const before = this.book.beforeSync;
    this.book.beforeSync = [];
    for (const fn of before) fn();
    const ops = this.queue;
    this.queue = [];
    const stats = this.book.stats;
    const limit = this.book.profile.payloadLimitBytes ?? Infinity;
    stats.syncs += 1;
    const request = ops.reduce((n, op) => n + op.bytes, 0);
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, request);
    if (request > limit) throw payloadError("RequestPayloadSizeLimitExceeded", "request", request);
    let response = 0;
    let slice = performance.now();
    const step = this.openStep();
    try {
      for (const op of ops) {
        this.book.undo.resume(step);
        response += op.apply();
        // Real Excel does this work in its own process; with a round trip set (a browser playing
        // Excel), the page gets its turn between operations so the host's time is not the pane's.
        if (delay > 0 && performance.now() - slice > 8) {
          this.book.undo.current = null;
          await new Promise((resolve) => setTimeout(resolve, 0));
          slice = performance.now();
        }
      }
    } finally {
      this.book.undo.close(step);
    }
    this.generation += 1;
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, response);
    if (response > limit) throw payloadError("ResponsePayloadSizeLimitExceeded", "response", response);
  }

  /** The undo step of this sync, or of the whole run in a merged undo group. */
  private openStep(): UndoStep {
    const undo = this.book.undo;
    if (this.mergedStep) {
      undo.resume(this.mergedStep);
      return this.mergedStep;
    }
    // From ExcelApi 1.20 each sync is an undo step; before, a sync that writes clears the stack.
    const step = undo.open("addin", versionAtMost("1.20", this.book.profile.apiVersion));
    if (this.mergedStep === null) this.mergedStep = step;
    return step;
  }
}

function payloadError(code: string, what: string, bytes: number): FakeOfficeError {
  return new FakeOfficeError(code, `The ${what} payload size (${bytes} bytes) has exceeded the limit.`);
}

export function checkAddressLength(address: string): void {
  if (address.length > ADDRESS_LIMIT_CHARS) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format (address of ${address.length} characters).`,
    );
  }
}

/** A plain proxy object of the fake (workbook, freeze panes, columns…) checked against the host's sets. */
export const guardedBy = <T extends object>(ctx: FakeContext, obj: T, cls: string): T =>
  guardApi(obj, cls, ctx.book.usage, (m) => ctx.refuse(m));

/**
 * Base of every proxy. Subclasses answer `scalar(name)` with the current model value (or
 * NOT_SCALAR) and `child(name)` with a navigation property's proxy.
 */
export const NOT_SCALAR = Symbol("not a scalar");

/** The Office.js class a fake proxy stands for (its `static api`), for the requirement-set check. */
type ApiClass = { api?: string };

export abstract class FakeObject {
  private readonly loaded = new Map<string, unknown>();

  constructor(readonly ctx: FakeContext) {
    const api = (new.target as ApiClass).api;
    // A constructor may return another object: every proxy is handed out wrapped in its guard.
    if (api) return guardApi(this, api, ctx.book.usage, (m) => ctx.refuse(m));
  }

  protected abstract scalar(name: string): unknown;

  protected child(_name: string): FakeObject | undefined {
    return undefined;
  }

  /** Office.js-style load: "a, b/c, items/name". Takes effect at the next sync. */
  load(propertyNames: string): this {
    const paths = propertyNames
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
    if (paths.length === 0)
      throw new FakeOfficeError("InvalidArgument", "load() needs property names (no-empty-load).");
    this.ctx.enqueue(propertyNames.length, () => this.capture(paths.map((p) => p.split("/"))), true);
    return this;
  }

  /** Captures the requested values now (called while a sync applies its queue). */
  capture(paths: string[][]): number {
    let bytes = 0;
    for (const [head, ...rest] of paths) {
      const value = this.scalar(head);
      if (value !== NOT_SCALAR) {
        if (rest.length > 0)
          throw new FakeOfficeError("InvalidArgument", `"${head}" is a value, not a navigation property.`);
        this.loaded.set(head, value);
        bytes += jsonBytes(value) + head.length;
        continue;
      }
      const nav = this.child(head);
      if (!nav)
        throw new FakeOfficeError(
          "PropertyNotFound",
          `The property '${head}' is not part of this fake object.`,
        );
      if (rest.length === 0)
        throw new FakeOfficeError(
          "InvalidArgument",
          `Loading navigation property '${head}' without a value path (no-navigational-load).`,
        );
      bytes += nav.capture([rest]);
    }
    return bytes;
  }

  /** Stores a value captured by a collection load (its "items"). */
  protected remember(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name) as T;
  }
}

/** A proxy obtained through getItemOrNullObject & co: its null-ness is known after the next sync. */
export abstract class FakeNullable extends FakeObject {
  private readonly bornIn: number;

  constructor(ctx: FakeContext) {
    super(ctx);
    this.bornIn = ctx.generation;
  }

  protected abstract exists(): boolean;

  get isNullObject(): boolean {
    if (this.ctx.generation <= this.bornIn)
      throw new FakeOfficeError("PropertyNotLoaded", "isNullObject is known only after context.sync().");
    return !this.exists();
  }
}
