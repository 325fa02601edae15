/** The overtime and trip tables' input columns. */
import {
  col,
  date,
  employee,
  end,
  externalId,
  reasonRequired,
  start,
  unit,
  type ColumnDef,
} from "./column-def";

export const overtimeColumns: ColumnDef[] = [
  employee,
  start,
  end,
  unit,
  col("duration", "时长", "Duration", "number", false, "overtimeDuration", { width: 10 }),
  col("category", "加班日类型", "Day type", "enum", true, "overtimeCategory", {
    enumName: "overtime_category",
  }),
  col("overtime_type", "加班类型", "Overtime type", "enum", true, "overtimeType", {
    enumName: "overtime_type",
    width: 16,
  }),
  col("reason", "事由", "Reason", "text", false, "overtimeReason"),
  externalId,
  date,
];

export const tripColumns: ColumnDef[] = [
  employee,
  col("start_time", "开始时间", "Start", "datetime", true, "tripStart"),
  end,
  reasonRequired,
  col("approve_apply_time", "申请时间", "Applied at", "datetime", true, "approveApplyTime"),
  col("approve_pass_time", "通过时间", "Approved at", "datetime", true, "approvePassTime"),
  col("trip_type", "行程类型", "Trip type", "enum", false, "tripType", { enumName: "trip_type", width: 12 }),
  col("transportation", "交通工具", "Transportation", "enumList", false, "transportation", {
    enumName: "transportation",
    width: 18,
  }),
  col("departure_level", "出发地级别", "Departure level", "enum", false, "departureLevel", {
    enumName: "region_level",
    advanced: true,
  }),
  col("departure_id", "出发地ID", "Departure ID", "id", false, "departureId", { advanced: true }),
  col("destination_level", "目的地级别", "Destination level", "enum", false, "destinationLevel", {
    enumName: "region_level",
    advanced: true,
  }),
  col("destination_ids", "目的地ID", "Destination IDs", "idList", false, "destinationIds", {
    advanced: true,
    width: 24,
  }),
  col("remarks", "备注", "Remarks", "text", false, "remarks"),
  externalId,
  date,
];
