/** SHA-256 as hex with WebCrypto: the mock runs in the browser too, where node:crypto does not exist. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // WebCrypto takes no view on a SharedArrayBuffer: copy only when the bytes live in one.
  const source =
    bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
  const digest = await crypto.subtle.digest('SHA-256', source);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
