import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

// SHA-256 (FIPS 180-4) from @noble/hashes: audited, dependency-free and synchronous. WebCrypto's `subtle.digest`
// is asynchronous, and the bundle reader runs the same synchronous code in a browser worker, in the caseworkers'
// view and in Node, checking files one after the other. The server passes Node's native hash instead
// (readBundle's `sha256Hex` option).

/** The SHA-256 digest of `bytes` as 64 lower-case hex digits, as BagIt manifests write it. */
export const sha256Hex = (bytes: Uint8Array): string => bytesToHex(sha256(bytes));
