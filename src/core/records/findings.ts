/**
 * What the look at Feishu found (records/look.ts: overlaps, "probably written before"), kept by
 * the core between checks. A finding belongs to a row's content, not its place: it is kept by the
 * row's kind and fingerprint, so it survives re-checks, sorting and reopening the pane's state
 * until the row's cells change (another fingerprint) or Feishu is looked at again for that row
 * (the new look's findings replace the old). Every check the pane makes passes through `apply`.
 */
import { withFeishuIssues, type Checked } from "../engine/look-before-send";
import type { Issue, PreparedRecord } from "../model";
import type { RowVerdict } from "../row-state";

type Finding = Omit<Issue, "row">;
const keyOf = (kind: string, fingerprint: string) => `${kind}\u0000${fingerprint}`;
/** Applying twice adds nothing twice. */
const same = (i: Issue) => `${i.kind}:${i.row}:${i.code}:${i.message_en}`;

export class LookFindings {
  private readonly byContent = new Map<string, Finding[]>();

  /** A look at `looked` found `issues`: they replace what earlier looks found for those rows. */
  remember(looked: readonly PreparedRecord[], issues: readonly Issue[]): void {
    const at = new Map(looked.map((r) => [`${r.kind}:${r.row}`, keyOf(r.kind, r.fingerprint)] as const));
    for (const key of at.values()) this.byContent.delete(key);
    for (const { row, ...finding } of issues) {
      const key = at.get(`${finding.kind}:${row}`);
      if (key) this.byContent.set(key, [...(this.byContent.get(key) ?? []), finding]);
    }
  }

  /** The findings that still hold for these rows (same kind and content), at each row's place now. */
  issuesFor(rows: readonly RowVerdict[]): Issue[] {
    if (this.byContent.size === 0) return [];
    return rows.flatMap((v) =>
      v.record
        ? (this.byContent.get(keyOf(v.kind, v.record.fingerprint)) ?? []).map((f) => ({ ...f, row: v.row }))
        : [],
    );
  }

  /** A check (or a live repaint) with the findings that still hold added: an error keeps the row from sending. */
  apply<T extends Checked>(checked: T): T {
    const has = new Set(checked.issues.map(same));
    return withFeishuIssues(
      checked,
      this.issuesFor(checked.rows).filter((i) => !has.has(same(i))),
    );
  }

  get size(): number {
    return this.byContent.size;
  }
}
