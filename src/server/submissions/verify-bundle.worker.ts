import { createHash } from 'node:crypto';
import { advancePaymentFacts } from '../../documents/bundle/advance-payment-facts';
import { readApplicationBundle } from '../../documents/bundle/application-document-check';
import { queueFacts } from '../../documents/bundle/queue-facts';
import type { BundleVerdict } from './bundle-verdict';
import { refusedVerdict } from '../verification/refused-verdict';

/**
 * Runs in a worker thread (verify-bundle-pool.ts): the same reader as `bundle verify`, so the server accepts
 * exactly the bundles a caseworker's tool accepts. Inflating and hashing a 50 MB zip takes long enough that it
 * must not run on the thread that answers requests.
 */
// Node's native SHA-256 is about ten times faster than the portable one the browser uses.
const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export default function verifyBundle(bytes: Uint8Array): BundleVerdict {
  const result = readApplicationBundle(bytes, { sha256Hex });
  if (result.ok) {
    const advancePayment = advancePaymentFacts(result.application);
    return {
      ok: true,
      applicationYear: result.application.year,
      applicationId: result.application.applicationId,
      application: result.application,
      queue: queueFacts(result.application, result.flags),
      ...(advancePayment ? { advancePayment } : {}),
    };
  }
  return refusedVerdict(result.problems);
}
