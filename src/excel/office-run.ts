/**
 * The real `Excel.run` and requirement-set check, the only place the Office globals are
 * read. Everything else receives them through `ExcelAdapterDeps`, so tests pass the fake.
 */
import type { ExcelRun, XlContext } from "./office-subset";

/** Compile-time proof that the real API offers every member the adapter uses. */
const asSubset = (ctx: Excel.RequestContext): XlContext => ctx;

export const officeRun: ExcelRun = (batch, reuse) =>
  reuse
    ? // The handler's own context, handed back by Office as OfficeExtension.ClientRequestContext.
      Excel.run(reuse as OfficeExtension.ClientRequestContext, (ctx) => batch(asSubset(ctx)))
    : Excel.run({ delayForCellEdit: true }, (ctx) => batch(asSubset(ctx)));

export function officeSupports(version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
  );
}
