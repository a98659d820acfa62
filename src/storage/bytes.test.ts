import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatBytes } from '../documents/concat-bytes';
import { fromBase64, readUint32, toBase64, toBufferSource, uint32Bytes } from './bytes';

describe('bytes', () => {
  it('round-trips base64 and refuses anything that is not strict base64', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(fromBase64(toBase64(bytes))).toEqual(bytes);
      }),
    );
    for (const bad of ['abc', 'ab=c', 'a b=', '****', 'QQ==QQ==']) expect(fromBase64(bad)).toBeUndefined();
  });

  it('reads big-endian uint32 and reports truncation instead of throwing', () => {
    const bytes = concatBytes([new Uint8Array([9]), uint32Bytes(0x01020304)]);
    expect(readUint32(bytes, 1)).toBe(0x01020304);
    expect(readUint32(bytes, 2)).toBeUndefined();
    expect(readUint32(bytes.subarray(1), 0)).toBe(0x01020304);
  });

  it('copies bytes off a SharedArrayBuffer for WebCrypto, and only then', () => {
    const plain = new Uint8Array([1, 2]);
    expect(toBufferSource(plain)).toBe(plain);
    const shared = new Uint8Array(new SharedArrayBuffer(2));
    shared.set([3, 4]);
    const copy = toBufferSource(shared);
    expect(copy.buffer).toBeInstanceOf(ArrayBuffer);
    expect([...copy]).toEqual([3, 4]);
  });
});
