import { sha256Hex } from '../../../documents/bundle/sha256';

/**
 * The application's id in the bundle (bag-info, application.json, the PDF): "ZBA-" and 12 hex digits derived
 * from the draft's id, itself a random UUID drawn once when the draft was started. Derived rather than stored:
 * the pending record and the receipt have no field for it, and a copy rebuilt from the draft after a reload must
 * carry the same id as the bundle that was sent. Hashed, so the draft's own id never leaves the device. Unlike
 * the insurer's reference (ZB-2026-000123) it exists before anything is sent.
 */
export function applicationIdFor(draftId: string): string {
  return `ZBA-${sha256Hex(new TextEncoder().encode(`zb-application|${draftId}`))
    .slice(0, 12)
    .toUpperCase()}`;
}
