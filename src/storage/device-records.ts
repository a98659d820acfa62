import type { DraftRecord, FileRecord } from './draft-db';
import { decryptBytes, decryptJson, encryptBytes, encryptJson } from './draft-crypto';
import { draftAad, fileAad, fileMetaAad } from './record-aad';
import {
  expiryAfter,
  type DraftFile,
  type DraftFileMeta,
  type DraftInput,
  type DraftSummary,
  type ListedFile,
  type LoadedDraft,
  type LoadedFile,
} from './draft-store';

/*
 * Turns what the app saves into encrypted records and back. A record that does not decrypt, or decrypts to
 * something of the wrong shape, is reported as 'undecryptable', never thrown and never deleted.
 */

export async function sealDraft(key: CryptoKey, draft: DraftInput, now: string): Promise<DraftRecord> {
  const expiresAt = expiryAfter(now);
  // The year is also inside the ciphertext, so a plaintext year changed on disk is noticed.
  const sealed = await encryptJson(
    key,
    { year: draft.year, content: draft.content },
    draftAad(draft.id, draft.schemaVersion),
  );
  return {
    id: draft.id,
    year: draft.year,
    schemaVersion: draft.schemaVersion,
    updatedAt: now,
    expiresAt,
    iv: sealed.iv,
    ciphertext: sealed.ciphertext,
    byteSize: sealed.ciphertext.byteLength,
  };
}

export function summaryOf(record: DraftRecord): DraftSummary {
  return { id: record.id, year: record.year, updatedAt: record.updatedAt, expiresAt: record.expiresAt };
}

export async function openDraft(key: CryptoKey, record: DraftRecord): Promise<LoadedDraft> {
  const broken = { ok: false, id: record.id, year: record.year, reason: 'undecryptable' } as const;
  try {
    const envelope = await decryptJson(key, record, draftAad(record.id, record.schemaVersion));
    if (typeof envelope !== 'object' || envelope === null || !('year' in envelope)) return broken;
    if (envelope.year !== record.year) return broken;
    return {
      ok: true,
      id: record.id,
      year: record.year,
      schemaVersion: record.schemaVersion,
      updatedAt: record.updatedAt,
      content: 'content' in envelope ? envelope.content : undefined,
    };
  } catch {
    return broken;
  }
}

export async function sealFile(key: CryptoKey, draftId: string, file: DraftFile): Promise<FileRecord> {
  const meta = { name: file.name, type: file.type, size: file.size, addedAt: file.addedAt };
  const sealedMeta = await encryptJson(key, meta, fileMetaAad(draftId, file.id));
  const sealedBytes = await encryptBytes(key, file.bytes, fileAad(draftId, file.id));
  return {
    id: [draftId, file.id],
    draftId,
    fileId: file.id,
    metaIv: sealedMeta.iv,
    metaCiphertext: sealedMeta.ciphertext,
    iv: sealedBytes.iv,
    ciphertext: sealedBytes.ciphertext,
    byteSize: sealedBytes.ciphertext.byteLength + sealedMeta.ciphertext.byteLength,
  };
}

function isFileMeta(value: unknown): value is Omit<DraftFileMeta, 'id'> {
  if (typeof value !== 'object' || value === null) return false;
  const meta = value as Record<string, unknown>;
  return (
    typeof meta.name === 'string' &&
    typeof meta.type === 'string' &&
    typeof meta.size === 'number' &&
    typeof meta.addedAt === 'string'
  );
}

async function openMeta(key: CryptoKey, record: FileRecord): Promise<DraftFileMeta | undefined> {
  try {
    const aad = fileMetaAad(record.draftId, record.fileId);
    const meta = await decryptJson(key, { iv: record.metaIv, ciphertext: record.metaCiphertext }, aad);
    if (!isFileMeta(meta)) return undefined;
    return { id: record.fileId, name: meta.name, type: meta.type, size: meta.size, addedAt: meta.addedAt };
  } catch {
    return undefined;
  }
}

export async function openFileMeta(key: CryptoKey, record: FileRecord): Promise<ListedFile> {
  const meta = await openMeta(key, record);
  return meta ? { ok: true, ...meta } : { ok: false, id: record.fileId, reason: 'undecryptable' };
}

export async function openFile(key: CryptoKey, record: FileRecord): Promise<LoadedFile> {
  const broken = {
    ok: false,
    draftId: record.draftId,
    fileId: record.fileId,
    reason: 'undecryptable',
  } as const;
  const meta = await openMeta(key, record);
  if (!meta) return broken;
  try {
    const bytes = await decryptBytes(key, record, fileAad(record.draftId, record.fileId));
    return { ok: true, file: { ...meta, bytes } };
  } catch {
    return broken;
  }
}
