import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { SubmissionStatus } from '../../api/contracts/submission';
import { antragContentFromApplication } from '../../documents/antrag/antrag-content-from-application';
import { renderAntragPdf } from '../../documents/antrag/render-antrag-pdf';
import { parseApplicationDocument } from '../../documents/bundle/application-document-check';
import { buildBundle } from '../../documents/bundle/build-bundle';
import { findBagManifest } from '../../documents/bundle/find-bag-manifest';
import { queueFacts } from '../../documents/bundle/queue-facts';
import type { ApplicationDocument } from '../../domain/application/application-document';
import type { Database } from '../db/database';
import {
  advanceSubmission,
  claimKey,
  storeSubmission,
  type StoredSubmission,
} from '../submissions/submission-repository';

/**
 * Demo only: applications as the app would have sent them, built from the documented example household
 * (docs/examples/application.json) with a real Antrag PDF and one-page placeholder proofs, stored the way a
 * submission is stored and moved to the status asked for. They give the status page, and the later caseworker
 * and provider views, something to show before anyone has applied.
 */
const repositoryFile = (path: string) => new URL(`../../../${path}`, import.meta.url);

let example: ApplicationDocument | undefined;
function exampleApplication(): ApplicationDocument {
  if (!example) {
    const parsed = parseApplicationDocument(
      JSON.parse(readFileSync(repositoryFile('docs/examples/application.json'), 'utf8')),
    );
    if (!parsed.ok)
      throw new Error(
        `docs/examples/application.json does not match the schema: ${parsed.problem.message.en}`,
      );
    example = parsed.document;
  }
  return structuredClone(example);
}

const fonts = () => ({
  fontBytes: readFileSync(repositoryFile('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
  boldFontBytes: readFileSync(repositoryFile('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
});

async function placeholderProof(name: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([595, 842]).drawText(`Beispielnachweis (Demo): ${name}`, { x: 56, y: 770, size: 12, font });
  pdf.setTitle('Beispielnachweis (Demo)');
  return pdf.save({ useObjectStreams: false });
}

const dayWithinYear = (now: Date, year: number): string => {
  const day = now.toISOString().slice(0, 10);
  if (day < `${year}-01-01`) return `${year}-01-01`;
  return day > `${year}-12-31` ? `${year}-12-31` : day;
};

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export async function seedDemoSubmission(
  db: Database,
  options: { status: SubmissionStatus; now: Date; outcome?: 'befreit' | 'abgelehnt' },
): Promise<StoredSubmission> {
  const document = exampleApplication();
  // The app's form of an application number ("ZBA-" and 12 hex digits), which the caseworker's queue answers.
  document.applicationId = `ZBA-${randomBytes(6).toString('hex').toUpperCase()}`;
  document.createdAt = options.now.toISOString();
  // Placeholder proofs are PDFs: the example's photos become one-page PDFs of the same purpose.
  document.attachments = document.attachments.map((attachment) => ({
    ...attachment,
    type: 'application/pdf',
    name: attachment.name.replace(/\.(jpe?g|png)$/, '.pdf'),
  }));
  const content = antragContentFromApplication(document, 'de', {
    place: document.applicant.address.city,
    signedOn: document.createdAt.slice(0, 10),
  });
  if (!content.ok) throw new Error(content.problem.message.en);
  const bundle = buildBundle({
    applicationId: document.applicationId,
    year: document.year,
    created: document.createdAt,
    appVersion: 'demo-seed',
    schemaVersion: document.schemaVersion,
    rulesVersion: document.rulesVersion,
    applicationJson: new TextEncoder().encode(JSON.stringify(document, null, 2)),
    antragPdf: await renderAntragPdf(content.value, fonts()),
    attachments: await Promise.all(
      document.attachments.map(async (attachment) => ({
        name: attachment.name,
        bytes: await placeholderProof(attachment.name),
      })),
    ),
  });
  const manifest = findBagManifest(bundle);
  if (!manifest.ok) throw new Error('the seeded bundle has no manifest');
  const key = randomUUID();
  const bundleSha256 = sha256Hex(bundle);
  const claim = await claimKey(db, key, `${document.year}:${bundleSha256}`, options.now);
  if (claim.kind !== 'claimed') throw new Error('a fresh key could not be claimed');
  const stored = await storeSubmission(db, {
    key,
    token: claim.token,
    year: document.year,
    applicationId: document.applicationId,
    receivedAt: options.now,
    manifestSha256: sha256Hex(manifest.bytes),
    bundle,
    bundleSha256,
    queue: queueFacts(document, []),
  });
  if (options.status === 'eingegangen') return stored;
  const outcome = options.outcome ?? 'befreit';
  const advanced = await advanceSubmission(db, stored.reference, {
    status: options.status,
    from: ['eingegangen'],
    updatedAt: options.now,
    // An exemption runs from the day the limit is reached to the end of the calendar year (§ 62 Abs. 1 Satz 1
    // SGB V); the demo takes the seeding day, kept inside the application's year.
    ...(options.status === 'entschieden'
      ? {
          decision: {
            outcome,
            decidedAt: options.now.toISOString(),
            ...(outcome === 'befreit'
              ? { validFrom: dayWithinYear(options.now, document.year), validUntil: `${document.year}-12-31` }
              : {}),
          },
        }
      : {}),
  });
  if (!advanced) throw new Error('the seeded submission could not be advanced');
  return advanced;
}
