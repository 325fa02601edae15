/**
 * One message for the clerk at the top of the pane (errors, hints); the icon and words carry it, not
 * colour. What the failure said in its own words is folded away for IT.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { Notice } from "../state/reducer";
import { S } from "../strings";
import { useText } from "../i18n";
import { ItDetails } from "./ItDetails";

export interface NoticeBarProps {
  notice: Notice | null;
  onDismiss(): void;
}

export function NoticeBar({ notice, onDismiss }: NoticeBarProps) {
  const t = useText();
  if (!notice) return null;
  return (
    <MessageBar
      intent={notice.intent}
      layout="multiline"
      role={notice.intent === "error" ? "alert" : "status"}
    >
      <MessageBarBody>
        <MessageBarTitle>{t(notice.text)}</MessageBarTitle>
        <ItDetails text={notice.detail} />
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="transparent" onClick={onDismiss}>
          {t(S.dismiss)}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
