import { z } from 'zod';
import { concatBytes } from '../documents/concat-bytes';
import { readUint32, uint32Bytes } from './bytes';
import type { DraftFile } from './draft-store';
import { assertRecordId, isRecordId } from './record-aad';

/*
 * The plaintext inside an export, binary-safe so photos are not inflated by base64:
 *   index length (uint32 BE) | index (UTF-8 JSON: year, schema version, content, files with offset and length) | file bytes
 */

export interface ExportableDraft {
  year: number;
  schemaVersion: number;
  content: unknown;
  files: DraftFile[];
}

const indexSchema = z.strictObject({
  year: z.number().int(),
  schemaVersion: z.number().int(),
  content: z.unknown(),
  files: z
    .array(
      z.strictObject({
        id: z.string().refine(isRecordId),
        name: z.string(),
        type: z.string(),
        size: z.number().int().nonnegative(),
        addedAt: z.string(),
        offset: z.number().int().nonnegative(),
        length: z.number().int().nonnegative(),
      }),
    )
    .refine((files) => new Set(files.map((file) => file.id)).size === files.length),
});

/** The payload to encrypt; the caller zeroes it afterwards (it holds everything in plaintext). */
export function packPayload(draft: ExportableDraft): Uint8Array<ArrayBuffer> {
  let offset = 0;
  const files = draft.files.map(({ id, name, type, size, addedAt, bytes }) => {
    assertRecordId(id);
    const entry = { id, name, type, size, addedAt, offset, length: bytes.byteLength };
    offset += bytes.byteLength;
    return entry;
  });
  const index = { year: draft.year, schemaVersion: draft.schemaVersion, content: draft.content, files };
  const indexBytes = new TextEncoder().encode(JSON.stringify(index));
  try {
    return concatBytes([
      uint32Bytes(indexBytes.byteLength),
      indexBytes,
      ...draft.files.map((file) => file.bytes),
    ]);
  } finally {
    indexBytes.fill(0);
  }
}

/** Reads a decrypted payload; file bytes are copied out, so the caller may zero the payload. Never throws. */
export function unpackPayload(payload: Uint8Array): ExportableDraft | undefined {
  const indexLength = readUint32(payload, 0);
  if (indexLength === undefined || 4 + indexLength > payload.byteLength) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload.subarray(4, 4 + indexLength)));
  } catch {
    return undefined;
  }
  const index = indexSchema.safeParse(json);
  if (!index.success) return undefined;
  const data = payload.subarray(4 + indexLength);
  if (index.data.files.some((file) => file.offset + file.length > data.byteLength)) return undefined;
  const files = index.data.files.map(({ id, name, type, size, addedAt, offset, length }) => ({
    id,
    name,
    type,
    size,
    addedAt,
    bytes: data.slice(offset, offset + length),
  }));
  return {
    year: index.data.year,
    schemaVersion: index.data.schemaVersion,
    content: index.data.content,
    files,
  };
}
