/** Collections and the ItemNotFound error shared by worksheets and tables. */
import { FakeObject, FakeOfficeError, NOT_SCALAR } from "./context";

export const notFound = (what: string) =>
  new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (${what}).`);

/** Collections: "items/<path>" loads the current members, each with <path>. */
export abstract class FakeCollection<T extends FakeObject> extends FakeObject {
  protected abstract members(): T[];
  protected override scalar(name: string): unknown {
    return name === "count" ? this.members().length : NOT_SCALAR;
  }
  override capture(paths: string[][]): number {
    const items = this.members();
    this.remember("items", items);
    const rest = paths.filter((p) => p[0] === "items" && p.length > 1).map((p) => p.slice(1));
    return items.reduce((n, item) => n + (rest.length ? item.capture(rest) : 0), 16);
  }
  get items(): T[] {
    return this.read("items");
  }
}
