/**
 * SHA-256 (@noble/hashes) of structured content, tuned for one short record per row: values
 * are written as an unambiguous byte encoding straight into a reused buffer (no intermediate
 * string, no TextEncoder), and a pristine hasher state is cloned into a reused hasher. Not for
 * secrets: the reused buffers are never wiped.
 *
 * Encoding: null "-"; string "s" + its length + ":" + UTF-8; number "n" + its decimal form +
 * NUL; boolean "t"/"f"; array 0x01 ... 0x02. Strings carry their length, so no character can be
 * mistaken for a separator: different values always give different bytes.
 */
import { sha256 } from "@noble/hashes/sha2";

const pristine = sha256.create();
const work = sha256.create();
const digest = new Uint8Array(32);
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

export type Canonical = string | number | boolean | null | readonly Canonical[];

/** Writes values into a growing byte buffer; `hex()` hashes what was written. One per caller. */
export class ContentHasher {
  private b = new Uint8Array(512);
  private n = 0;

  reset(): this {
    this.n = 0;
    return this;
  }

  private room(extra: number): Uint8Array {
    if (this.n + extra > this.b.length) {
      const bigger = new Uint8Array(Math.max(this.b.length * 2, this.n + extra));
      bigger.set(this.b.subarray(0, this.n));
      this.b = bigger;
    }
    return this.b;
  }

  private ascii(s: string): void {
    const b = this.room(s.length);
    for (let i = 0; i < s.length; i++) b[this.n++] = s.charCodeAt(i);
  }

  open(): this {
    this.room(1)[this.n++] = 1;
    return this;
  }

  close(): this {
    this.room(1)[this.n++] = 2;
    return this;
  }

  nil(): this {
    this.room(1)[this.n++] = 0x2d;
    return this;
  }

  /** Decimal digits of a non-negative safe integer, without building a string. */
  private digits(x: number): void {
    let len = 1;
    for (let p = 10; p <= x; p *= 10) len++;
    const b = this.room(len);
    let i = this.n + len;
    this.n = i;
    do {
      b[--i] = 0x30 + (x % 10);
      x = Math.floor(x / 10);
    } while (x > 0);
  }

  num(x: number): this {
    if (Number.isSafeInteger(x) && x >= 0) {
      this.room(1)[this.n++] = 0x6e; // "n" + digits + NUL, as `n${x}\u0000` would write
      this.digits(x);
      this.room(1)[this.n++] = 0;
    } else this.ascii(`n${x}\u0000`);
    return this;
  }

  bool(x: boolean): this {
    this.room(1)[this.n++] = x ? 0x74 : 0x66;
    return this;
  }

  /** A string (null/undefined write null). Lone surrogates become U+FFFD, as TextEncoder does. */
  str(s: string | null | undefined): this {
    if (s == null) return this.nil();
    this.room(1)[this.n++] = 0x73; // "s" + length + ":" + UTF-8
    this.digits(s.length);
    this.room(1)[this.n++] = 0x3a;
    const b = this.room(s.length * 3);
    let n = this.n;
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) {
        b[n++] = c;
        continue;
      }
      if (c < 0x800) {
        b[n++] = 0xc0 | (c >> 6);
      } else {
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
          const d = s.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
            i++;
            b[n++] = 0xf0 | (c >> 18);
            b[n++] = 0x80 | ((c >> 12) & 0x3f);
            b[n++] = 0x80 | ((c >> 6) & 0x3f);
            b[n++] = 0x80 | (c & 0x3f);
            continue;
          }
        }
        if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
        b[n++] = 0xe0 | (c >> 12);
        b[n++] = 0x80 | ((c >> 6) & 0x3f);
      }
      b[n++] = 0x80 | (c & 0x3f);
    }
    this.n = n;
    return this;
  }

  /** Any Canonical value, recursively (the reference form; hot paths call str/num/open/close). */
  value(v: Canonical): this {
    if (v === null) return this.nil();
    if (typeof v === "string") return this.str(v);
    if (typeof v === "number") return this.num(v);
    if (typeof v === "boolean") return this.bool(v);
    this.open();
    for (const x of v) this.value(x);
    return this.close();
  }

  /** The written bytes (a copy), for tests. */
  bytes(): Uint8Array {
    return this.b.slice(0, this.n);
  }

  /** The first `hexChars` hex characters of SHA-256 of the written bytes. */
  hex(hexChars = 64): string {
    pristine._cloneInto(work);
    work.update(this.b.subarray(0, this.n));
    work.digestInto(digest);
    let out = "";
    for (let i = 0; i < hexChars / 2; i++) out += HEX[digest[i]];
    return out;
  }
}

const shared = new ContentHasher();

/** SHA-256 of a plain string's UTF-8 bytes, as hex (no encoding prefix). */
export function sha256Hex(s: string, hexChars = 64): string {
  const h = shared.reset().str(s);
  // Drop the "s<length>:" prefix: hash exactly the UTF-8 of s.
  const bytes = h.bytes();
  const start = bytes.indexOf(0x3a) + 1;
  pristine._cloneInto(work);
  work.update(bytes.subarray(start));
  work.digestInto(digest);
  let out = "";
  for (let i = 0; i < hexChars / 2; i++) out += HEX[digest[i]];
  return out;
}

/** The canonical bytes of a value (for tests and documentation of the encoding). */
export const canonicalBytes = (v: Canonical): Uint8Array => new ContentHasher().value(v).bytes();
