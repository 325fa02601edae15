/**
 * A setup or file problem: the run cannot start or cannot go on (exit code 2). It carries a
 * catalogue message, printed as one line in the chosen language.
 */
import { formatMessage, type MessageId, type MessageValues } from "../core/catalog";
import type { Locale } from "../core/i18n";

export class CliProblem extends Error {
  constructor(
    readonly id: MessageId,
    readonly values: MessageValues = {},
  ) {
    super(formatMessage("en-US", id, values));
    this.name = "CliProblem";
  }

  text(locale: Locale): string {
    return formatMessage(locale, this.id, this.values);
  }
}
