import { rulesVersion } from '../../domain/figures/rules-version';
import {
  memberPartDocumentVersion,
  type MemberPartDocument,
} from '../../domain/member-part/member-part-document';
import { summarizeMemberPart } from '../../domain/member-part/summarize-member-part';
import { pdf } from '../bundle/bundle-fixtures.test-support';
import { buildMemberPartBag } from './build-member-part-bag';

/* Tests only: a family member's valid part (issue 14) and its bag, for the reader's, the CLI's and the server's tests. */

const fromBase64 = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/**
 * A real photo: a 16 × 12 baseline JPEG (quality 50, a colour gradient) that image decoders open, not only a header
 * the bundle reader accepts.
 */
export const receiptPhotoJpeg = (): Uint8Array<ArrayBuffer> =>
  fromBase64(
    '/9j/4AAQSkZJRgABAQAAAQABAAD/2wCEABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2MBERISGBUYLxoaL2NCOEJjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY//AABEIAAwAEAMBEQACEQEDEQH/xAGiAAABBQEBAQEBAQAAAAAAAAAAAQIDBAUGBwgJCgsQAAIBAwMCBAMFBQQEAAABfQECAwAEEQUSITFBBhNRYQcicRQygZGhCCNCscEVUtHwJDNicoIJChYXGBkaJSYnKCkqNDU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6g4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2drh4uPk5ebn6Onq8fLz9PX29/j5+gEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoLEQACAQIEBAMEBwUEBAABAncAAQIDEQQFITEGEkFRB2FxEyIygQgUQpGhscEJIzNS8BVictEKFiQ04SXxFxgZGiYnKCkqNTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqCg4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2dri4+Tl5ufo6ery8/T19vf4+fr/2gAMAwEAAhEDEQA/AOsaSs1E0lEiaSrUTnlEiZjVJHdJETMatIwkj//Z',
  );

export const sampleInvitationId = '3f2b8c1e-6d4a-4f7e-9a2b-5c8d1e0f4a6b';
export const sampleMemberId = 'm-spouse';

/** The photographed pharmacy receipt's name in data/. */
export const receiptPhotoName = 'zuzahlung-2026-03-04-loewen-apotheke.jpg';

/**
 * The spouse's part: a pension of 1.200 € a month, a pharmacy receipt with a photo and a physiotherapy receipt
 * without one, and serious chronic illness with the certificate sent by the doctor. The summary is computed from
 * the entries unless `overrides` sets one.
 */
export function memberPartDocument(overrides: Partial<MemberPartDocument> = {}): MemberPartDocument {
  const memberId = overrides.memberId ?? sampleMemberId;
  const base: MemberPartDocument = {
    schemaVersion: memberPartDocumentVersion,
    kind: 'memberPart',
    invitationId: sampleInvitationId,
    memberId,
    year: 2026,
    createdAt: '2026-11-20T10:00:00+01:00',
    rulesVersion,
    member: { givenName: 'Erika', familyName: 'Muster', birthDate: '1958-04-12' },
    incomes: [
      {
        id: 'i-1',
        memberId,
        type: 'pension',
        description: 'Altersrente',
        amountCents: 120_000,
        period: 'month',
        months: null,
        annualCents: 1_440_000,
        proof: 'post',
        proofFileIds: [],
      },
    ],
    noIncome: false,
    chronic: {
      memberId,
      chronicallyIll: true,
      certificate: 'doctorSends',
      certificateFileIds: [],
    },
    receipts: [
      {
        id: 'r-1',
        kind: 'single',
        memberId,
        countsOn: '2026-03-04',
        periodFrom: null,
        periodTo: null,
        category: 'medicine',
        provider: 'Löwen-Apotheke',
        amountCents: 1_000,
        description: '',
        fileIds: ['f-1'],
      },
      {
        id: 'r-2',
        kind: 'single',
        memberId,
        countsOn: '2026-02-11',
        periodFrom: null,
        periodTo: null,
        category: 'remedies',
        provider: 'Physiotherapie am Markt',
        amountCents: 2_830,
        description: '',
        fileIds: [],
      },
    ],
    declarations: { correct: true, healthDataConsent: true, cooperation: true },
    attachments: [
      { fileId: 'f-1', name: receiptPhotoName, type: 'image/jpeg', purpose: 'receipt', refId: 'r-1' },
    ],
    summary: { incomeCents: 0, reducedRate: false, coPayments: [] },
  };
  const document = { ...base, ...overrides };
  if (overrides.summary !== undefined) return document;
  return {
    ...document,
    summary: summarizeMemberPart({
      incomes: document.incomes,
      chronicallyIll: document.chronic.chronicallyIll,
      receipts: document.receipts,
    }),
  };
}

/** The files of memberPartDocument()'s attachments, by name. */
export const memberPartFiles = (): { name: string; bytes: Uint8Array }[] => [
  { name: receiptPhotoName, bytes: receiptPhotoJpeg() },
];

export type MemberPartBagOverrides = Partial<MemberPartDocument> & {
  /** The files in data/ besides member-part.json; memberPartFiles() unless given. */
  files?: { name: string; bytes: Uint8Array }[];
};

/**
 * A valid member's part as the member's app writes it (readMemberPartBag and `bundle verify` accept it); its
 * summary is 14.400 € of income, the 1 % rate and two co-payments (28,30 € on 11 Feb, 10 € on 4 Mar 2026).
 * `overrides` replace fields of member-part.json (the summary is recomputed unless given) or the files.
 */
export function memberPartBag(overrides: MemberPartBagOverrides = {}): Uint8Array {
  const { files, ...document } = overrides;
  return buildMemberPartBag({
    document: memberPartDocument(document),
    files: files ?? memberPartFiles(),
    appVersion: '0.1.0',
  });
}

/** A PDF proof for tests that attach one (a pension notice). */
export const pensionNoticePdf = (): Uint8Array => pdf('/Lang (de-DE) ');
