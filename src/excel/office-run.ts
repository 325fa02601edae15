/**
 * The real `Excel.run` and requirement-set check, the only place the Office globals are
 * read. Everything else receives them through `ExcelAdapterDeps`, so tests pass the fake.
 */
import type { ExcelRun, XlContext, XlRunOptions } from "./office-subset";

/** Compile-time proof that the real API offers every member the adapter uses. */
const asSubset = (ctx: Excel.RequestContext): XlContext => ctx;

type Batch<T> = (ctx: XlContext) => Promise<T>;

function run<T>(first: Batch<T> | XlRunOptions, second?: unknown): Promise<T> {
  if (typeof first !== "function") {
    const batch = second as Batch<T>;
    return Excel.run({ delayForCellEdit: true, ...first }, (ctx) => batch(asSubset(ctx)));
  }
  return second
    ? // The handler's own context, handed back by Office as OfficeExtension.ClientRequestContext.
      Excel.run(second as OfficeExtension.ClientRequestContext, (ctx) => first(asSubset(ctx)))
    : Excel.run({ delayForCellEdit: true }, (ctx) => first(asSubset(ctx)));
}

export const officeRun: ExcelRun = run;

export function officeSupports(version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
  );
}
