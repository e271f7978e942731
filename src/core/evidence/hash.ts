/**
 * SHA-256 of the given bytes as 64 lower-case hex digits (the form `sha256HexSchema` accepts).
 * Web Crypto exists in every browser and in Node 20+, so core needs no hashing library.
 * An empty input hashes to the well-known e3b0c442… value; it never throws for any byte input.
 */
export async function sha256Hex(bytes: Uint8Array | ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', toArrayBufferView(bytes));
  return toHex(new Uint8Array(digest));
}

/** UTF-8 text hashed as its bytes: what a verifier recomputes from a file written with `utf8`. */
export function sha256HexOfText(text: string): Promise<string> {
  return sha256Hex(new TextEncoder().encode(text));
}

export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

// Web Crypto refuses views over SharedArrayBuffer; such views are copied, ordinary ones are not.
function toArrayBufferView(bytes: Uint8Array | ArrayBuffer): Uint8Array<ArrayBuffer> {
  if (bytes instanceof ArrayBuffer) return new Uint8Array(bytes);
  if (bytes.buffer instanceof ArrayBuffer) return bytes as Uint8Array<ArrayBuffer>;
  return new Uint8Array(bytes);
}
