/**
 * The audit log: one JSON line per relayed call, append-only, rotated by size
 * (`file` → `file.1` → … → `file.<keep>`). It records who asked for what and what Feishu
 * answered; never a secret, key or token (the entry type has no place for one).
 */
import { mkdirSync } from "node:fs";
import { open as fsOpen, rename, rm, type FileHandle } from "node:fs/promises";
import { dirname } from "node:path";

export interface AuditEntry {
  time: string;
  request_id: string;
  caller: string;
  /** The signed-in Entra ID user's display name and object id; null for API keys. */
  user_name: string | null;
  user_oid: string | null;
  /**
   * The name the add-in says its user gave (PROXY_HEADERS.declaredName): self-declared, never
   * checked, so IT can join a Run log row to these lines; who is authenticated is `caller` (the
   * key's name) and `user_name`/`user_oid`. Null when none was sent.
   */
  declared_name: string | null;
  route: string;
  employee_type: string | null;
  idempotent_ids: string[];
  /** Fields and query parameters (`?name`) the schema does not know, relayed as sent. */
  unknown_fields: string[];
  /** The HTTP status the proxy answered with. */
  status: number;
  upstream_status: number | null;
  /** Feishu's body code, or the proxy's own PROXY_CODES code when it answered itself. */
  code: number | null;
  /** "answered" | "not_sent" | "unknown" (sent, no answer: may or may not be written). */
  outcome: "answered" | "not_sent" | "unknown";
  approval_ids: string[];
  duration_ms: number;
  /** Only on a refused sign-in (route "sign_in", auth-audit.ts): the user_* fields are then what the credential claimed. */
  sign_in?: { path: string; reason: string | null; claimed_tid: string | null; verified: boolean };
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
  /** Lines are gathered and written together at most this often (default 100 ms); close() writes the rest. */
  flushEveryMs?: number;
  onError?: (err: unknown) => void;
}

export function createFileAuditSink(o: FileAuditOptions): AuditSink {
  mkdirSync(dirname(o.file), { recursive: true });
  let buffer: string[] = [];
  let file: { handle: FileHandle; size: number } | null = null;
  let chain: Promise<void> = Promise.resolve();
  let scheduled = false;
  let closed = false;

  const open = async () => {
    const handle = await fsOpen(o.file, "a", 0o600);
    return { handle, size: (await handle.stat()).size };
  };
  const rotate = async () => {
    await file?.handle.close();
    file = null;
    await rm(`${o.file}.${o.keep}`, { force: true });
    for (let i = o.keep - 1; i >= 1; i--)
      await rename(`${o.file}.${i}`, `${o.file}.${i + 1}`).catch(() => undefined);
    await rename(o.file, `${o.file}.1`).catch(() => undefined);
  };
  const flush = async () => {
    scheduled = false;
    const lines = buffer;
    buffer = [];
    let chunk = "";
    for (const line of lines) {
      file ??= await open();
      const pending = Buffer.byteLength(chunk);
      if (file.size + pending + Buffer.byteLength(line) > o.maxBytes && file.size + pending > 0) {
        await file.handle.write(chunk);
        chunk = "";
        await rotate();
        file = await open();
      }
      chunk += line;
    }
    if (!chunk) return;
    file ??= await open();
    await file.handle.write(chunk);
    file.size += Buffer.byteLength(chunk);
  };
  const enqueue = () => {
    chain = chain.then(flush).catch((e) => o.onError?.(e));
    return chain;
  };

  return {
    write(entry) {
      if (closed) return;
      buffer.push(`${JSON.stringify(entry)}\n`);
      if (!scheduled) {
        scheduled = true;
        setTimeout(enqueue, o.flushEveryMs ?? 100).unref();
      }
    },
    close: async () => {
      closed = true;
      await enqueue();
      await file?.handle.close();
      file = null;
    },
  };
}
