import { messageText } from "./catalog";
import type { Text } from "./i18n";

/** The four record kinds Feishu accepts in one `user_approval`. */
export const RECORD_KINDS = ["leave", "out", "overtime", "trip"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface KindInfo {
  kind: RecordKind;
  /** Name of the array in `user_approval` that carries this kind. */
  feishuField: "leaves" | "outs" | "overtime_works" | "trips";
  /** Used as the Feishu `approval_infos/process` approval_type. */
  approvalType: "leave" | "out" | "overtime" | "trip";
  label: Text;
  /** Sheet names in each template language; either is recognised on read. */
  sheet: Text;
  /** Excel table name (language independent, A-Z only so it is a valid table name). */
  table: string;
}

export const KINDS: Record<RecordKind, KindInfo> = {
  leave: {
    kind: "leave",
    feishuField: "leaves",
    approvalType: "leave",
    label: messageText("name.kindLeave"),
    sheet: messageText("name.kindLeave"),
    table: "FeishuLeave",
  },
  out: {
    kind: "out",
    feishuField: "outs",
    approvalType: "out",
    label: messageText("name.kindOut"),
    sheet: messageText("name.kindOut"),
    table: "FeishuOut",
  },
  overtime: {
    kind: "overtime",
    feishuField: "overtime_works",
    approvalType: "overtime",
    label: messageText("name.kindOvertime"),
    sheet: messageText("name.kindOvertime"),
    table: "FeishuOvertime",
  },
  trip: {
    kind: "trip",
    feishuField: "trips",
    approvalType: "trip",
    label: messageText("name.kindTrip"),
    sheet: messageText("name.kindTrip"),
    table: "FeishuTrip",
  },
};
