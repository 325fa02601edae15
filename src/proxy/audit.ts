/**
 * The audit log: one JSON line per relayed call, append-only, rotated by size
 * (`file` → `file.1` → … → `file.<keep>`). It records who asked for what and what Feishu
 * answered; never a secret, key or token (the entry type has no place for one).
 */
import { mkdirSync } from "node:fs";
import { appendFile, rename, rm, stat } from "node:fs/promises";
import { dirname } from "node:path";

export interface AuditEntry {
  time: string;
  request_id: string;
  caller: string;
  route: string;
  employee_type: string | null;
  idempotent_ids: string[];
  /** The HTTP status the proxy answered with. */
  status: number;
  upstream_status: number | null;
  /** Feishu's body code, or the proxy's own PROXY_CODES code when it answered itself. */
  code: number | null;
  /** "answered" | "not_sent" | "unknown" (sent, no answer: may or may not be written). */
  outcome: "answered" | "not_sent" | "unknown";
  approval_ids: string[];
  duration_ms: number;
}

export interface AuditSink {
  write(entry: AuditEntry): void;
  /** Writes what is buffered and stops. */
  close(): Promise<void>;
}

export const nullAuditSink: AuditSink = { write: () => undefined, close: async () => undefined };

export function createMemoryAuditSink(): AuditSink & { entries: AuditEntry[] } {
  const entries: AuditEntry[] = [];
  return { entries, write: (e) => void entries.push(e), close: async () => undefined };
}

export interface FileAuditOptions {
  file: string;
  maxBytes: number;
  keep: number;
  onError?: (err: unknown) => void;
}

export function createFileAuditSink(o: FileAuditOptions): AuditSink {
  mkdirSync(dirname(o.file), { recursive: true });
  let buffer: string[] = [];
  let size: number | null = null;
  let chain: Promise<void> = Promise.resolve();
  let scheduled = false;

  const rotate = async () => {
    await rm(`${o.file}.${o.keep}`, { force: true });
    for (let i = o.keep - 1; i >= 1; i--) await rename(`${o.file}.${i}`, `${o.file}.${i + 1}`).catch(() => undefined);
    await rename(o.file, `${o.file}.1`).catch(() => undefined);
    size = 0;
  };

  const flush = async () => {
    scheduled = false;
    const lines = buffer;
    buffer = [];
    if (lines.length === 0) return;
    if (size === null) size = await stat(o.file).then((s) => s.size, () => 0);
    let chunk = "";
    for (const line of lines) {
      if (size + Buffer.byteLength(chunk) + Buffer.byteLength(line) > o.maxBytes && (size > 0 || chunk)) {
        if (chunk) await appendFile(o.file, chunk, { mode: 0o600 });
        size += Buffer.byteLength(chunk);
        chunk = "";
        await rotate();
      }
      chunk += line;
    }
    await appendFile(o.file, chunk, { mode: 0o600 });
    size += Buffer.byteLength(chunk);
  };

  const enqueue = () => {
    chain = chain.then(flush).catch((e) => o.onError?.(e));
    return chain;
  };

  return {
    write(entry) {
      buffer.push(`${JSON.stringify(entry)}\n`);
      if (!scheduled) {
        scheduled = true;
        setImmediate(enqueue);
      }
    },
    close: () => enqueue(),
  };
}
