/**
 * Where the API key comes from, under the key field: from IT, who makes one with the proxy's
 * `new-key` command; with the emulator, `npm start` prints the development key. The commands are
 * code, shown as typed in either language.
 */
import { useText } from "../i18n";
import { S } from "../strings";

const COMMANDS = {
  newKey: "npm run proxy -- new-key hr-clerks",
  start: "npm start",
} as const;
type Command = keyof typeof COMMANDS;

/** Splits the sentence around its commands: a character no translation contains marks them. */
const MARK = "\u0000";

export function ApiKeyHint() {
  const t = useText();
  const sentence = t(S.apiKeyHint, { newKey: `${MARK}newKey${MARK}`, start: `${MARK}start${MARK}` });
  return (
    <span data-testid="api-key-hint">
      {sentence.split(MARK).map((part, i) =>
        i % 2 ? (
          <code key={i} translate="no">
            {COMMANDS[part as Command]}
          </code>
        ) : (
          part
        ),
      )}
    </span>
  );
}
