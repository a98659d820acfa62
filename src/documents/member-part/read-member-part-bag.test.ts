import { describe, expect, it } from 'vitest';
import type { MemberPartDocument } from '../../domain/member-part/member-part-document';
import { formatMemberPartBagInfo } from '../bundle/bag-info';
import { memberPartBaseDirectoryName, memberPartJsonPath } from '../bundle/bag-layout';
import { jpeg, pdf, unzipAll, zipAll } from '../bundle/bundle-fixtures.test-support';
import { payloadOxum, zipBag } from '../bundle/build-bundle';
import { readApplicationBundle } from '../bundle/application-document-check';
import { buildMemberPartBag } from './build-member-part-bag';
import { isMemberPartBag, readMemberPartBag } from './read-member-part-bag';
import {
  memberPartBag,
  memberPartDocument,
  memberPartFiles,
  receiptPhotoName,
  sampleInvitationId,
} from './member-part-fixtures.test-support';

const base = memberPartBaseDirectoryName(sampleInvitationId);

/** A bag as another writer might make it: any document, any files, with right manifests (the builder refuses). */
function bagOf(
  document: unknown,
  files: { name: string; bytes: Uint8Array }[],
  info: Partial<{ year: number }> = {},
) {
  const payload: [string, Uint8Array][] = [
    [memberPartJsonPath, new TextEncoder().encode(JSON.stringify(document))],
    ...files.map(({ name, bytes }): [string, Uint8Array] => [`data/${name}`, bytes]),
  ];
  return zipBag({
    base,
    created: '2026-11-20T10:00:00+01:00',
    bagInfoText: formatMemberPartBagInfo({
      baggingDate: '2026-11-20',
      payloadOxum: payloadOxum(payload),
      bagKind: 'member-part',
      invitationId: sampleInvitationId,
      applicationYear: info.year ?? 2026,
      created: '2026-11-20T10:00:00+01:00',
      appVersion: 'test',
      schemaVersion: 1,
      rulesVersion: memberPartDocument().rulesVersion,
    }),
    payload,
  });
}

const codes = (result: ReturnType<typeof readMemberPartBag>) =>
  result.ok ? [] : result.problems.map((problem) => [problem.code, problem.path]);

describe('readMemberPartBag', () => {
  it('reads back the part the writer built, with its files and the summary the applicant may receive', () => {
    const zip = memberPartBag();
    const result = readMemberPartBag(zip);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.document).toEqual(memberPartDocument());
    expect(result.document.summary).toEqual({
      incomeCents: 1_440_000,
      reducedRate: true,
      coPayments: [
        { date: '2026-02-11', amountCents: 2_830 },
        { date: '2026-03-04', amountCents: 1_000 },
      ],
    });
    expect(result.bagInfo).toMatchObject({ bagKind: 'member-part', invitationId: sampleInvitationId });
    expect(result.files.map(({ path, type }) => [path, type])).toEqual([
      [memberPartJsonPath, 'application/json'],
      [`data/${receiptPhotoName}`, 'image/jpeg'],
    ]);
    expect(Object.keys(unzipAll(zip)).sort()).toEqual(
      [
        'bag-info.txt',
        'bagit.txt',
        'data/member-part.json',
        `data/${receiptPhotoName}`,
        'manifest-sha256.txt',
        'tagmanifest-sha256.txt',
      ].map((path) => `${base}/${path}`),
    );
    expect(new TextDecoder().decode(unzipAll(zip)[`${base}/bag-info.txt`])).toContain(
      `Bag-Kind: member-part\nInvitation-Id: ${sampleInvitationId}\n`,
    );
  });

  it('is deterministic: the same part gives the same bytes', () => {
    expect(memberPartBag()).toEqual(memberPartBag());
  });

  it('refuses a file changed after bagging, naming it and the manifest', () => {
    const files = unzipAll(memberPartBag());
    const photo = files[`${base}/data/${receiptPhotoName}`]!.slice();
    photo[photo.length - 3] = (photo[photo.length - 3] ?? 0) ^ 0xff;
    files[`${base}/data/${receiptPhotoName}`] = photo;
    const result = readMemberPartBag(zipAll(files));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toContainEqual(
      expect.objectContaining({ path: `data/${receiptPhotoName}`, relatedPath: 'manifest-sha256.txt' }),
    );
  });

  it('refuses a summary that is not what the entries give, so that no changed figure reaches the applicant', () => {
    const stated = memberPartDocument().summary;
    for (const summary of [
      { ...stated, incomeCents: stated.incomeCents - 1 },
      { ...stated, reducedRate: false },
      { ...stated, coPayments: stated.coPayments.slice(1) },
      { ...stated, coPayments: stated.coPayments.map((p) => ({ ...p, amountCents: p.amountCents + 100 })) },
    ]) {
      const result = readMemberPartBag(memberPartBag({ summary }));
      expect(codes(result)).toEqual([['member-part.summary-mismatch', memberPartJsonPath]]);
    }
    const result = readMemberPartBag(memberPartBag({ summary: { ...stated, incomeCents: 1 } }));
    expect(result.ok ? '' : result.problems[0]!.message.de).toBe(
      'summary.incomeCents (1) passt nicht zu den Angaben (1440000).',
    );
  });

  it('refuses an attachment that is not listed, and a listed one that is missing', () => {
    const document = memberPartDocument();
    const extra = { name: 'zuzahlung-2026-05-01-praxis.pdf', bytes: pdf() };
    expect(codes(readMemberPartBag(bagOf(document, [...memberPartFiles(), extra])))).toEqual([
      ['member-part.attachment-unlisted', `data/${extra.name}`],
    ]);
    expect(codes(readMemberPartBag(bagOf(document, [])))).toEqual([
      ['member-part.attachment-missing', `data/${receiptPhotoName}`],
    ]);
    const asPng: MemberPartDocument = {
      ...document,
      attachments: document.attachments.map((a) => ({ ...a, type: 'image/png' as const })),
    };
    expect(codes(readMemberPartBag(bagOf(asPng, memberPartFiles())))).toEqual([
      ['member-part.attachment-type-mismatch', `data/${receiptPhotoName}`],
    ]);
  });

  it('refuses entries filed under another member, and files no entry cites', () => {
    const document = memberPartDocument();
    const foreign = {
      ...document,
      receipts: document.receipts.map((r, i) => (i === 1 ? { ...r, memberId: 'applicant' } : r)),
    };
    const result = readMemberPartBag(bagOf(foreign, memberPartFiles()));
    expect(codes(result)).toEqual([['member-part.invalid', memberPartJsonPath]]);
    expect(result.ok ? '' : result.problems[0]!.message.en).toContain('receipts');
    const uncited = { ...document, receipts: document.receipts.map((r) => ({ ...r, fileIds: [] })) };
    expect(codes(readMemberPartBag(bagOf(uncited, memberPartFiles())))).toEqual([
      ['member-part.invalid', memberPartJsonPath],
    ]);
  });

  it('checks every file as the upload bundle does: a PDF with script is refused', () => {
    const document = memberPartDocument();
    const name = 'zuzahlung-2026-03-04-loewen-apotheke.pdf';
    const withPdf: MemberPartDocument = {
      ...document,
      attachments: [{ ...document.attachments[0]!, name, type: 'application/pdf' }],
    };
    const zip = bagOf(withPdf, [
      { name, bytes: pdf('/OpenAction << /S /JavaScript /JS (app.alert(1)) >> ') },
    ]);
    const result = readMemberPartBag(zip);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toContain(`data/${name}`);
  });

  it('refuses a bag-info.txt that names another year than member-part.json', () => {
    expect(codes(readMemberPartBag(bagOf(memberPartDocument(), memberPartFiles(), { year: 2025 })))).toEqual([
      ['bag-info.member-part-mismatch', 'bag-info.txt'],
    ]);
  });

  it('refuses an unknown schema version alone, in plain words', () => {
    const result = readMemberPartBag(bagOf({ ...memberPartDocument(), schemaVersion: 2 }, memberPartFiles()));
    expect(codes(result)).toEqual([['member-part.unknown-schema-version', memberPartJsonPath]]);
  });

  it('keeps the two kinds apart: an application bundle is no member part, and the reverse', () => {
    const part = memberPartBag();
    expect(readApplicationBundle(part).ok).toBe(false);
    expect(isMemberPartBag(part)).toBe(true);
    expect(isMemberPartBag(new Uint8Array([1, 2, 3]))).toBe(false);
    // An application.json slipped into a member's part is a name the member's writer never produces.
    const files = unzipAll(part);
    files[`${base}/data/application.json`] = new TextEncoder().encode('{}');
    expect(codes(readMemberPartBag(zipAll(files)))).toEqual([
      ['zip.unexpected-name', `${base}/data/application.json`],
    ]);
  });

  it('refuses a folder that does not name the invitation of bag-info.txt', () => {
    const files = unzipAll(memberPartBag());
    const other = memberPartBaseDirectoryName('00000000-0000-4000-8000-000000000000');
    const moved = Object.fromEntries(
      Object.entries(files).map(([name, bytes]) => [name.replace(base, other), bytes]),
    );
    expect(codes(readMemberPartBag(zipAll(moved)))).toEqual([
      ['zip.base-directory-mismatch', 'bag-info.txt'],
    ]);
  });
});

describe('buildMemberPartBag', () => {
  it('refuses files the document does not list, and listed files it is not given', () => {
    const document = memberPartDocument();
    expect(() => buildMemberPartBag({ document, files: [] })).toThrow(/missing/);
    expect(() =>
      buildMemberPartBag({ document, files: [...memberPartFiles(), { name: 'x.jpg', bytes: jpeg(10, 10) }] }),
    ).toThrow(/not listed/);
  });
});
