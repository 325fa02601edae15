/**
 * The pane's people book for this workbook: loaded once from the hidden people sheet, filled
 * by lookups through the proxy and by the people a write refused, saved back when it changed.
 */
import type { EmployeeType } from "../../core/feishu/schemas";
import type { TableSnapshot } from "../../core/model";
import { PeopleBook } from "../../core/people/book";
import type { PersonRefusal } from "../../core/feishu/codes";
import { bookFromRows, bookToRows } from "../../core/people/cache-rows";
import { lookupPeople, type LookupSummary } from "../../core/people/lookup";
import { contactsIn } from "../../core/people/resolve";
import type { PaneClient, WorkbookAdapter } from "../ports";

const DAY_MS = 86_400_000;

export class PeopleSession {
  readonly book = new PeopleBook();
  private loading: Promise<void> | null = null;

  constructor(
    private readonly adapter: WorkbookAdapter,
    private readonly now: () => number,
  ) {}

  /** Reads the people sheet into the book the first time; later calls wait for that read. */
  load(): Promise<void> {
    this.loading ??= this.adapter.readPeople().then(
      (rows) => {
        const stored = bookFromRows(rows);
        for (const e of stored.entries()) if (!this.book.lookup(e.idType, e.key)) this.book.learn(e);
        for (const r of stored.refused()) this.book.refuse(r);
      },
      () => undefined, // an unreadable sheet only means everyone is looked up again
    );
    return this.loading;
  }

  /**
   * Looks up the emails and mobiles of `tables` the book has no fresh answer for, saving what
   * it learned. The client is made only when there is someone to look up (none without a key).
   */
  async lookUp(
    clientFor: () => PaneClient | null,
    tables: readonly TableSnapshot[],
    employeeType: EmployeeType,
    o: { refresh?: boolean; maxAgeDays: number },
  ): Promise<LookupSummary> {
    await this.load();
    const refs = [...contactsIn(tables, employeeType)];
    const client = refs.length ? clientFor() : null;
    if (!client) return { calls: 0, learned: 0, failure: null };
    const summary = await lookupPeople({
      refs,
      book: this.book,
      employeeType,
      transport: client.lookup,
      refresh: o.refresh,
      maxAgeMs: o.maxAgeDays * DAY_MS,
    });
    if (summary.learned > 0) await this.save();
    return summary;
  }

  refuse(employeeType: EmployeeType, userId: string, code: PersonRefusal): void {
    this.book.refuse({ employeeType, userId, code, at: this.now() });
  }

  save(): Promise<void> {
    return this.adapter.writePeople(bookToRows(this.book));
  }
}
