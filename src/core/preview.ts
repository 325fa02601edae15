/**
 * What one prepared record sends, as a clerk reads it: person, kind, type, start and end as sent,
 * and the length Feishu will record. Read from the request body itself, so the preview can never
 * say something other than what is sent.
 */
import { messageText } from "./catalog";
import { OVERTIME_TYPE, TRIP_TYPE } from "./enums";
import { NO_TEXT, type Text } from "./i18n";
import { KINDS, type RecordKind } from "./kinds";
import type { PreparedRecord } from "./model";

export interface PreviewLine {
  kind: RecordKind;
  row: number;
  /** The employee's ID as sent (of the type chosen under Setup). */
  person: string;
  type: Text;
  /** yyyy-MM-dd HH:mm:ss, exactly as sent. */
  start: string;
  end: string;
  length: Text;
}

/** Seconds as the largest whole unit that states them exactly. */
function lengthOfSeconds(seconds: number): Text {
  if (seconds % 3600 === 0) return messageText("pane.lengthHours", { n: seconds / 3600 });
  if (seconds % 60 === 0) return messageText("pane.lengthMinutes", { n: seconds / 60 });
  return messageText("pane.lengthSeconds", { n: seconds });
}

/** Overtime `duration` in its `unit` (1 day, 2 hour, 3 half day, 4 half hour). */
function lengthOfDuration(duration: number, unit: number): Text {
  if (unit === 1) return messageText("pane.lengthDays", { n: duration });
  if (unit === 3) return messageText("pane.lengthHalfDays", { n: duration });
  if (unit === 4) return messageText("pane.lengthMinutes", { n: duration * 30 });
  return messageText("pane.lengthHours", { n: duration });
}

/** Whole calendar days from the start's date to the end's, both counted (trips are whole days). */
function tripDays(start: string, end: string): Text {
  const day = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / 86_400_000;
  return messageText("pane.lengthDays", { n: day(end) - day(start) + 1 });
}

const names = (n: { ch?: string; en?: string; ja?: string }): Text => {
  const any = n.ch ?? n.en ?? n.ja ?? "";
  return { zh: n.ch ?? any, en: n.en ?? any };
};

const optionLabel = (options: readonly { value: number | string; label: Text }[], v: unknown, or: Text) =>
  options.find((o) => o.value === v)?.label ?? or;

export function previewLine(record: PreparedRecord): PreviewLine {
  const a = record.body.user_approval;
  const base = { kind: record.kind, row: record.row, person: a.user_id };
  const label = KINDS[record.kind].label;
  const leaveOut = a.leaves?.[0] ?? a.outs?.[0];
  if (leaveOut) {
    const { start_time: start, end_time: end } = leaveOut;
    return {
      ...base,
      type: names(leaveOut.i18n_names),
      start,
      end,
      length: lengthOfSeconds(leaveOut.interval),
    };
  }
  const ot = a.overtime_works?.[0];
  if (ot) {
    return {
      ...base,
      type: optionLabel(OVERTIME_TYPE.options, ot.type, label),
      start: ot.start_time,
      end: ot.end_time,
      length: lengthOfDuration(ot.duration, ot.unit),
    };
  }
  const trip = a.trips?.[0];
  if (trip) {
    return {
      ...base,
      type: optionLabel(TRIP_TYPE.options, trip.trip_type, label),
      start: trip.start_time,
      end: trip.end_time,
      length: tripDays(trip.start_time, trip.end_time),
    };
  }
  return { ...base, type: label, start: "", end: "", length: NO_TEXT };
}
