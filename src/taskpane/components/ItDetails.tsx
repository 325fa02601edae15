/**
 * What a failure said in its own words (a browser's or Excel's error, a status, a code): folded
 * away under "Details for IT", so the clerk reads only the pane's own sentence in their language.
 */
import { useText } from "../i18n";
import { S } from "../strings";

export function ItDetails({ text }: { text: string | null | undefined }) {
  const t = useText();
  if (!text) return null;
  return (
    <details data-testid="it-details">
      <summary>{t(S.itDetails)}</summary>
      <code translate="no">{text}</code>
    </details>
  );
}
