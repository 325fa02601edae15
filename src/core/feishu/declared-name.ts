/**
 * The clerk's self-declared name on the way to the proxy's audit (PROXY_HEADERS.declaredName).
 * HTTP header values carry ASCII only, so the name travels percent-encoded (UTF-8), bounded in
 * length on both sides. It is what the pane was told, never an identity the proxy checked.
 */

/** The longest name kept, in characters (a name, not a note). */
export const DECLARED_NAME_MAX = 100;
/** Percent-encoded, one character is at most 4 UTF-8 bytes of 3 characters each. */
const ENCODED_MAX = DECLARED_NAME_MAX * 12;

// Control characters (C0, DEL, C1) never belong in a name or an audit line.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** The name trimmed, without control characters, at most DECLARED_NAME_MAX characters. */
function clean(name: string): string {
  return Array.from(name.replace(CONTROL, "").trim()).slice(0, DECLARED_NAME_MAX).join("").trim();
}

/** The header value for a name, or null when there is no name to send. */
export function encodeDeclaredName(name: string | null | undefined): string | null {
  const c = clean(name ?? "");
  return c ? encodeURIComponent(c) : null;
}

/** The name a header value carries, or null when it is absent, too long or not percent-encoded UTF-8. */
export function decodeDeclaredName(value: string | string[] | undefined): string | null {
  if (typeof value !== "string" || !value || value.length > ENCODED_MAX) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return null;
  }
  return clean(decoded) || null;
}
