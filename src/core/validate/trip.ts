/**
 * Trip rows (docs/feishu-api.md §1.6): approval passed not before it was applied for, optional
 * departure / destinations / transport. Feishu counts a trip by whole days; times within a day
 * are sent as written (an ordinary 09:00-18:00 trip is not worth a warning).
 */
import { showCell } from "../cells/blank";
import { formatDateTime } from "../cells/datetime";
import type { RegionPlace, UserTrip } from "../feishu/schemas";
import { approvalRow, type CommonFields } from "./common";
import type { RowReader } from "./reader";
import type { ApprovalRow } from "./types";

type Level = NonNullable<RegionPlace["region_level"]>;
const REGION_ID = /^\d+$/;
const LEVEL_PREFIX = /^(l[1-4])\s*:\s*(.+)$/i;

function place(r: RowReader, key: string, level: Level | undefined, id: string): RegionPlace {
  if (!REGION_ID.test(id)) r.fail(key, "region_id_format", "warning", { value: showCell(id) });
  return level ? { region_level: level, region_id: id } : { region_id: id };
}

function readDeparture(r: RowReader): RegionPlace | undefined {
  const level = r.enumOption("departure_level", false)?.value as Level | undefined;
  const id = r.id("departure_id", false);
  if (id === undefined) {
    if (level !== undefined && r.blank("departure_id")) r.fail("departure_level", "region_level_without_id");
    return undefined;
  }
  if (level === undefined) r.fail("departure_id", "region_id_without_level", "warning");
  return place(r, "departure_id", level, id);
}

function readDestinations(r: RowReader): RegionPlace[] | undefined {
  const level = r.enumOption("destination_level", false)?.value as Level | undefined;
  const items = r.list("destination_ids");
  if (items.length === 0) {
    if (level !== undefined && r.blank("destination_ids"))
      r.fail("destination_level", "region_level_without_id");
    return undefined;
  }
  const out: RegionPlace[] = [];
  let unlevelled = false;
  for (const item of items) {
    const m = LEVEL_PREFIX.exec(item);
    if (!m && /[:：]/.test(item)) {
      r.fail("destination_ids", "bad_region_item", "error", { value: showCell(item) });
      continue;
    }
    const itemLevel = m ? (m[1].toLowerCase() as Level) : level;
    if (!itemLevel) unlevelled = true;
    out.push(place(r, "destination_ids", itemLevel, m ? m[2].trim() : item));
  }
  if (unlevelled) r.fail("destination_ids", "region_id_without_level", "warning");
  return out;
}

export function readTrip(r: RowReader, c: CommonFields): ApprovalRow | undefined {
  const reason = r.text("reason", true);
  const apply = r.datetime("approve_apply_time", true);
  const pass = r.datetime("approve_pass_time", true);
  if (apply !== undefined && pass !== undefined && pass < apply) {
    r.fail("approve_pass_time", "pass_before_apply", "error", {
      value: formatDateTime(pass),
      other: formatDateTime(apply),
    });
  }
  const tripType = r.enumOption("trip_type", false)?.value as UserTrip["trip_type"];
  const transportation = r
    .enumList("transportation")
    ?.map((o) => o.value as NonNullable<UserTrip["transportation"]>[number]);
  const departure = readDeparture(r);
  const destinations = readDestinations(r);
  const remarks = r.text("remarks", false);
  if (r.errors || reason === undefined || apply === undefined || pass === undefined) return undefined;
  if (c.userId === undefined || c.start === undefined || c.end === undefined || c.date === undefined)
    return undefined;
  const record: UserTrip = {
    start_time: formatDateTime(c.start),
    end_time: formatDateTime(c.end),
    reason,
    approve_pass_time: formatDateTime(pass),
    approve_apply_time: formatDateTime(apply),
    idempotent_id: "", // documented position: before the optional place and transport fields
  };
  if (departure) record.departure = departure;
  if (destinations) record.destinations = destinations;
  if (transportation) record.transportation = transportation;
  if (tripType !== undefined) record.trip_type = tripType;
  if (remarks !== undefined) record.remarks = remarks;
  return approvalRow(
    "trip",
    r.row,
    { userId: c.userId, date: c.date, start: c.start, end: c.end, externalId: c.externalId },
    record,
  );
}
