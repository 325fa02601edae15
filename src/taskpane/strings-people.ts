/**
 * The pane's words about people lookups and the pre-flight check, from the catalogue
 * (src/core/catalog/pane.*.ts) as both languages at once: the pre-flight's notice joins them
 * to a connection verdict's own words.
 */
import { messageText } from "../core/catalog";

export const P = {
  preflightRefused: messageText("pane.preflightRefused"),
  setupStopped: messageText("pane.setupStopped"),
  lookupFailed: messageText("pane.lookupFailed"),
  lookFailed: messageText("pane.lookFailed"),
  refreshPeople: messageText("pane.refreshPeople"),
  refreshingPeople: messageText("pane.refreshingPeople"),
  peopleMaxAge: messageText("pane.peopleMaxAge"),
  peopleMaxAgeHint: messageText("pane.peopleMaxAgeHint"),
  summaryHeld: messageText("pane.summaryHeld"),
};
