/**
 * The rows a live check remembers, by cross-row group: the same person in the kinds that are
 * overlap-checked together, the same External ID, the same content. An edit finds the rows
 * whose result may change with it here, without a scan of every row.
 */
import type { RecordKind } from "./kinds";
import type { RowFacts } from "./validate/types";

const overlapGroup = (kind: RecordKind) => (kind === "overtime" ? "o" : "a");

/** The cross-row groups a row belongs to: its person (overlap group), External ID and content. */
export function groupKeys(f: RowFacts): string[] {
  const keys: string[] = [];
  if (f.userId !== undefined) keys.push(`p\u0000${overlapGroup(f.kind)}\u0000${f.userId}`);
  if (f.externalId !== undefined) keys.push(`e\u0000${f.kind}\u0000${f.externalId}`);
  if (f.fingerprint !== undefined) keys.push(`f\u0000${f.kind}\u0000${f.fingerprint}`);
  return keys;
}

/** Rows by group key; built when first asked for (the last step of a sliced check), then kept up to date. */
export class GroupIndex {
  private groups: Map<string, Set<RowFacts>> | null = null;

  /** Forgets everything: the next `built` builds again. */
  clear(): void {
    this.groups = null;
  }

  /** The index, built from `rows` when it is not built yet. */
  built(rows: () => RowFacts[]): ReadonlyMap<string, ReadonlySet<RowFacts>> {
    if (!this.groups) {
      this.groups = new Map();
      for (const f of rows()) this.add(f);
    }
    return this.groups;
  }

  add(f: RowFacts): void {
    if (!this.groups) return;
    for (const k of groupKeys(f)) {
      const members = this.groups.get(k);
      if (members) members.add(f);
      else this.groups.set(k, new Set([f]));
    }
  }

  remove(f: RowFacts): void {
    if (!this.groups) return;
    for (const k of groupKeys(f)) {
      const members = this.groups.get(k);
      members?.delete(f);
      if (members?.size === 0) this.groups.delete(k);
    }
  }
}
