import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBundle } from '../../src/documents/bundle/build-bundle';
import { jpeg, pdf } from '../../src/documents/bundle/bundle-fixtures.test-support';
import type { ApplicationDocument } from '../../src/domain/application/application-document';
import type { MemberPartSummary } from '../../src/domain/member-part/member-part-summary';

/*
 * Tests only: upload bundles the app could have made, built around the documented example application
 * (docs/examples/application.json), so that the mock and the server accept them only if `bundle verify` does.
 */

const examplePath = join(import.meta.dirname, '../../docs/examples/application.json');
const example = JSON.parse(readFileSync(examplePath, 'utf8')) as ApplicationDocument;

export type ApplicationBundleOptions = {
  /** Makes the bundle distinct (bundles with equal ids and contents are equal byte for byte). */
  applicationId?: string;
  /** Pads one PDF attachment so that the zip is at least this large (incompressible bytes in a PDF comment). */
  minBytes?: number;
  /** Changes the application before it is written, e.g. canary values for log tests. */
  edit?: (document: ApplicationDocument) => ApplicationDocument;
  /** A seed for the padding, so two padded bundles differ. */
  seed?: number;
  /** The bytes of every JPEG attachment, e.g. a photo a browser encoded; a minimal valid JPEG otherwise. */
  photo?: Uint8Array;
  /** The bytes of every PDF attachment but the padded one, e.g. a PDF a real writer made; a minimal PDF otherwise. */
  document?: Uint8Array;
};

export const exampleApplication = (): ApplicationDocument => structuredClone(example);

/** Incompressible bytes (xorshift), so deflate cannot shrink the padding away. */
function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed | 1;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    // Printable latin1 without '(' , ')' and '\\', so the noise is a harmless PDF comment line.
    out[i] = 0x30 + ((state >>> 0) % 64);
  }
  return out;
}

function paddedPdf(padBytes: number, seed: number): Uint8Array {
  const base = pdf();
  if (padBytes <= 0) return base;
  const comment = new Uint8Array(padBytes + 2);
  comment[0] = 0x25; // %
  comment.set(noise(padBytes, seed), 1);
  comment[padBytes + 1] = 0x0a;
  // Comments may stand between objects: after the header line of the minimal PDF.
  const headerEnd = base.indexOf(0x0a) + 1;
  const out = new Uint8Array(base.length + comment.length);
  out.set(base.subarray(0, headerEnd));
  out.set(comment, headerEnd);
  out.set(base.subarray(headerEnd), headerEnd + comment.length);
  return out;
}

export function applicationBundle(options: ApplicationBundleOptions = {}): Uint8Array<ArrayBuffer> {
  let document = exampleApplication();
  if (options.applicationId) document.applicationId = options.applicationId;
  if (options.edit) document = options.edit(document);
  const json = new TextEncoder().encode(JSON.stringify(document, null, 2));
  const seed = options.seed ?? 1;
  const build = (padBytes: number) => {
    let padded = false;
    return buildBundle({
      applicationId: document.applicationId,
      year: document.year,
      created: document.createdAt,
      appVersion: '0.1.0',
      schemaVersion: document.schemaVersion,
      rulesVersion: document.rulesVersion,
      applicationJson: json,
      antragPdf: pdf(),
      attachments: document.attachments.map((attachment) => {
        if (attachment.type === 'image/jpeg')
          return { name: attachment.name, bytes: options.photo ?? jpeg(1200, 1600) };
        const bytes = padded || options.document ? (options.document ?? pdf()) : paddedPdf(padBytes, seed);
        padded = true;
        return { name: attachment.name, bytes };
      }),
    });
  };
  const first = build(0);
  const missing = (options.minBytes ?? 0) - first.length;
  const zip = missing > 0 ? build(missing + 64) : first;
  return zip as Uint8Array<ArrayBuffer>;
}

const named = new Map<string, Uint8Array<ArrayBuffer>>();

/**
 * A bundle `bundle verify` accepts; each name is its own application with its own bytes, built once per test
 * file (they are slow). A server stores one application id once: a test that sends several applications to
 * one server names each.
 */
export function acceptedBundle(name = 'a'): Uint8Array<ArrayBuffer> {
  let bytes = named.get(name);
  if (!bytes) {
    // A hash, not the name's own bytes cut to length: 'lost-before' and 'status-before' are two applications.
    const hex = createHash('sha256').update(name).digest('hex').slice(0, 12).toUpperCase();
    bytes = applicationBundle({ applicationId: `ZBA-${hex}` });
    named.set(name, bytes);
  }
  return bytes;
}

/**
 * The example application with these members' parts cited instead of what it types for them (issue 14, ADR 0025):
 * their incomes, chronic answers, receipts and those entries' attachments are left out, as the applicant's app
 * leaves them out. The calculation stays the example's: the reader does not recompute it.
 */
export function bundleCitingParts(
  applicationId: string,
  parts: MemberPartSummary[],
): Uint8Array<ArrayBuffer> {
  const cited = new Set(parts.map((part) => part.memberId));
  return applicationBundle({
    applicationId,
    edit: (document) => {
      const incomes = document.incomes.filter((entry) => !cited.has(entry.memberId));
      const receipts = document.receipts.filter((entry) => !cited.has(entry.memberId));
      const kept = new Set([...incomes.map((entry) => entry.id), ...receipts.map((entry) => entry.id)]);
      return {
        ...document,
        incomes,
        receipts,
        chronic: document.chronic.filter((entry) => !cited.has(entry.memberId)),
        noIncomeMemberIds: document.noIncomeMemberIds.filter((memberId) => !cited.has(memberId)),
        attachments: document.attachments.filter(
          (attachment) => attachment.refId === null || kept.has(attachment.refId),
        ),
        memberParts: parts,
      };
    },
  });
}
