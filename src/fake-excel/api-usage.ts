/**
 * What the adapter asked of the host: every Excel member it used, checked against the host
 * profile's requirement sets (api-sets.ts, from the `[Api set: …]` tags of @types/office-js).
 * A member above the host's sets is refused with ApiNotFound at the next sync, as Excel does.
 * A member above the manifest's ExcelApi 1.7 counts as unguarded when it was used without
 * `isSetSupported` (the fake's `supports`) having confirmed its set first.
 */
import { API_SETS } from "./api-sets";
import { versionAtMost } from "./profiles";

/** The set the manifest requires: members up to it need no run-time check. */
export const MANIFEST_API_VERSION = "1.7";

export interface ApiUsageReport {
  /** Requirement sets of the members used, lowest first. */
  touchedSets: string[];
  /** Members above ExcelApi 1.7 used without a feature check, with their set and call count. */
  unguarded: { member: string; set: string; calls: number }[];
  /** Members refused with ApiNotFound because the host lacks their set. */
  refused: { member: string; set: string; calls: number }[];
}

const bySet = (a: string, b: string) => (versionAtMost(a, b) ? (a === b ? 0 : -1) : 1);

export class ApiUsage {
  private readonly touched = new Set<string>();
  private readonly confirmed = new Set<string>();
  private readonly unguarded = new Map<string, { set: string; calls: number }>();
  private readonly refused = new Map<string, { set: string; calls: number }>();

  constructor(readonly apiVersion: string) {}

  /** `Office.context.requirements.isSetSupported("ExcelApi", v)` on this host; a true answer guards members up to `v`. */
  supports(version: string): boolean {
    const ok = versionAtMost(version, this.apiVersion);
    if (ok) this.confirmed.add(version);
    return ok;
  }

  /** Notes a use of `Class.member`; false when the host does not have it. */
  use(cls: string, member: string): boolean {
    const set = API_SETS[cls]?.[member];
    return set === undefined ? true : this.useSet(`${cls}.${member}`, set);
  }

  /** Notes a use needing `set` (for parameters the tags name in prose, e.g. a column name on add). */
  useSet(member: string, set: string): boolean {
    this.touched.add(set);
    if (!versionAtMost(set, MANIFEST_API_VERSION) && ![...this.confirmed].some((v) => versionAtMost(set, v)))
      count(this.unguarded, member, set);
    const ok = versionAtMost(set, this.apiVersion);
    if (!ok) count(this.refused, member, set);
    return ok;
  }

  /** Notes a use of an option the host ignores when it lacks `set` (never refused); true when the host has it. */
  useOptional(member: string, set: string): boolean {
    this.touched.add(set);
    if (!versionAtMost(set, MANIFEST_API_VERSION) && ![...this.confirmed].some((v) => versionAtMost(set, v)))
      count(this.unguarded, member, set);
    return versionAtMost(set, this.apiVersion);
  }

  report(): ApiUsageReport {
    const list = (m: Map<string, { set: string; calls: number }>) =>
      [...m].map(([member, v]) => ({ member, ...v }));
    return {
      touchedSets: [...this.touched].sort(bySet),
      unguarded: list(this.unguarded),
      refused: list(this.refused),
    };
  }
}

function count(m: Map<string, { set: string; calls: number }>, member: string, set: string): void {
  const e = m.get(member);
  if (e) e.calls += 1;
  else m.set(member, { set, calls: 1 });
}

/**
 * Wraps a proxy so reads of its Excel members and writes through its setters are checked
 * against the host. `refuse` queues the ApiNotFound failure (event args have none: the
 * property is simply absent on older hosts).
 */
export function guardApi<T extends object>(
  obj: T,
  cls: string,
  usage: ApiUsage,
  refuse: (member: string) => void,
): T {
  const sets = API_SETS[cls];
  if (!sets) return obj;
  const check = (prop: string | symbol) => {
    if (typeof prop === "string" && Object.prototype.hasOwnProperty.call(sets, prop) && !usage.use(cls, prop))
      refuse(`${cls}.${prop}`);
  };
  return new Proxy(obj, {
    get(target, prop, receiver) {
      check(prop);
      return Reflect.get(target, prop, receiver);
    },
    set(target, prop, value, receiver) {
      // Only setters are requests; plain fields are the fake's own construction.
      if (hasSetter(target, prop)) check(prop);
      return Reflect.set(target, prop, value, receiver);
    },
  });
}

function hasSetter(obj: object, prop: string | symbol): boolean {
  for (let o: object | null = obj; o; o = Object.getPrototypeOf(o) as object | null) {
    const d = Object.getOwnPropertyDescriptor(o, prop);
    if (d) return d.set !== undefined;
  }
  return false;
}
