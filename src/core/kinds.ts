import { text, type Text } from "./i18n";

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
    label: text("请假", "Leave"),
    sheet: text("请假", "Leave"),
    table: "FeishuLeave",
  },
  out: {
    kind: "out",
    feishuField: "outs",
    approvalType: "out",
    label: text("外出", "Out of office"),
    sheet: text("外出", "Out of office"),
    table: "FeishuOut",
  },
  overtime: {
    kind: "overtime",
    feishuField: "overtime_works",
    approvalType: "overtime",
    label: text("加班", "Overtime"),
    sheet: text("加班", "Overtime"),
    table: "FeishuOvertime",
  },
  trip: {
    kind: "trip",
    feishuField: "trips",
    approvalType: "trip",
    label: text("出差", "Business trip"),
    sheet: text("出差", "Business trip"),
    table: "FeishuTrip",
  },
};
