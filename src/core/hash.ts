/**
 * SHA-256 (@noble/hashes) of a string, as hex, tuned for hashing one short string per row:
 * UTF-8 is written into a reused buffer and a pristine hasher state is cloned into a reused
 * hasher, so a row costs no TextEncoder call and almost no allocation. Not for secrets: the
 * reused buffers are never wiped.
 */
import { sha256 } from "@noble/hashes/sha2";

let bytes = new Uint8Array(1024);
const pristine = sha256.create();
const work = sha256.create();
const digest = new Uint8Array(32);
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** Writes `s` as UTF-8 into the shared buffer (growing it when needed); returns the length. */
function encodeUtf8(s: string): number {
  if (bytes.length < s.length * 3) bytes = new Uint8Array(s.length * 3);
  const b = bytes;
  let n = 0;
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
      if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; // a lone surrogate, as TextEncoder writes it
      b[n++] = 0xe0 | (c >> 12);
      b[n++] = 0x80 | ((c >> 6) & 0x3f);
    }
    b[n++] = 0x80 | (c & 0x3f);
  }
  return n;
}

/** The first `hexChars` hex characters of SHA-256(UTF-8(s)). */
export function sha256Hex(s: string, hexChars = 64): string {
  const n = encodeUtf8(s);
  pristine._cloneInto(work);
  work.update(bytes.subarray(0, n));
  work.digestInto(digest);
  let out = "";
  for (let i = 0; i < hexChars / 2; i++) out += HEX[digest[i]];
  return out;
}

const MARKERS = /[\u0000-\u0002]/;

export type Canonical = string | number | boolean | null | readonly Canonical[];

/**
 * An unambiguous text for nested arrays of strings, numbers, booleans and nulls, cheaper than
 * JSON.stringify: each value is a type letter then the value, \u0000 ends a value, \u0001 opens
 * and \u0002 closes an array. Strings holding those control characters are JSON-quoted ("j").
 */
export function canonicalText(v: Canonical): string {
  if (v === null) return "-\u0000";
  switch (typeof v) {
    case "string":
      return MARKERS.test(v) ? `j${JSON.stringify(v)}\u0000` : `s${v}\u0000`;
    case "number":
      return `n${v}\u0000`;
    case "boolean":
      return v ? "t\u0000" : "f\u0000";
    default: {
      let out = "\u0001";
      for (const x of v as readonly Canonical[]) out += canonicalText(x);
      return `${out}\u0002`;
    }
  }
}
