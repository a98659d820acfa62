/**
 * Additional authenticated data binds each ciphertext to the record it belongs to: a ciphertext copied into
 * another draft, another file, or from a file's metadata into its contents fails to decrypt.
 */
const encoder = new TextEncoder();

// Ids are joined with '|' below, so they must not contain it; the app's ids are UUIDs.
const recordIdPattern = /^[A-Za-z0-9_-]{1,100}$/;

export function isRecordId(id: unknown): id is string {
  return typeof id === 'string' && recordIdPattern.test(id);
}

/** Rejects ids that would make two different records share an AAD; a programming error, so it throws. */
export function assertRecordId(id: string): void {
  if (!isRecordId(id))
    throw new RangeError('A draft or file id must be 1–100 characters of A–Z, a–z, 0–9, _ or -.');
}

export function draftAad(draftId: string, schemaVersion: number): Uint8Array<ArrayBuffer> {
  assertRecordId(draftId);
  return encoder.encode(`zb-draft|${draftId}|${schemaVersion}`);
}

export function fileAad(draftId: string, fileId: string): Uint8Array<ArrayBuffer> {
  assertRecordId(draftId);
  assertRecordId(fileId);
  return encoder.encode(`zb-file|${draftId}|${fileId}`);
}

/** The metadata blob of a file record has its own AAD, so it cannot be swapped with the contents. */
export function fileMetaAad(draftId: string, fileId: string): Uint8Array<ArrayBuffer> {
  assertRecordId(draftId);
  assertRecordId(fileId);
  return encoder.encode(`zb-file-meta|${draftId}|${fileId}`);
}

/** The pending submission's metadata (the idempotency key) and its bytes, each bound to the draft. */
export function pendingSubmissionMetaAad(draftId: string): Uint8Array<ArrayBuffer> {
  assertRecordId(draftId);
  return encoder.encode(`zb-submission-meta|${draftId}`);
}

// The key is in the bytes' AAD too: bytes of one attempt cannot be paired with the key of another.
export function pendingSubmissionAad(draftId: string, idempotencyKey: string): Uint8Array<ArrayBuffer> {
  assertRecordId(draftId);
  assertRecordId(idempotencyKey);
  return encoder.encode(`zb-submission|${draftId}|${idempotencyKey}`);
}

/** The receipt's Abrufcode, bound to its draft and reference: a code copied to another receipt fails. */
export function submissionCodeAad(draftId: string, reference: string): Uint8Array<ArrayBuffer> {
  assertRecordId(draftId);
  assertRecordId(reference);
  return encoder.encode(`zb-submission-code|${draftId}|${reference}`);
}

export const keyringVerifierAad: Uint8Array<ArrayBuffer> = encoder.encode('zb-keyring|verifier');
export const exportVerifierAad: Uint8Array<ArrayBuffer> = encoder.encode('zb-export|verifier');

/** The bundle as sent, bound to its draft and to the reference the insurer gave it. */
export function sentBundleAad(draftId: string, reference: string): Uint8Array<ArrayBuffer> {
  assertRecordId(draftId);
  assertRecordId(reference);
  return encoder.encode(`zb-sent-bundle|${draftId}|${reference}`);
}
