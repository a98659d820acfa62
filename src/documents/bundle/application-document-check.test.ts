import { describe, expect, it } from 'vitest';
import type { ApplicationDocument } from '../../domain/application/application-document';
import { buildApplicationDocument } from '../../domain/application/build-application-document';
import { buergergeldWithFiles, sampleContext } from '../../domain/application/sample-drafts.test-support';
import {
  applicationDocumentCheck,
  attachmentProblems,
  parseApplicationDocument,
  readApplicationBundle,
} from './application-document-check';
import { buildBundle } from './build-bundle';
import { jpeg, pdf, sampleInput } from './bundle-fixtures.test-support';
import { readBundle } from './read-bundle';
import { checkApplication } from '../../domain/application/check-application';
import { familyWithSpousePart } from '../../domain/application/member-parts.test-support';

/** The Bürgergeld household with the notice and one receipt attached, as the app would send it. */
const sampleDocument = (): ApplicationDocument => {
  const draft = buergergeldWithFiles();
  const built = buildApplicationDocument(checkApplication(draft, sampleContext), {
    applicationId: 'ZB-2026-000042',
    createdAt: '2026-11-20T10:00:00+01:00',
    nameAttachments: () => ['bescheid-buergergeld.pdf', 'zuzahlung-2026-01-15-rosen-apotheke-m1.jpg'],
  });
  if (!built.ok) throw new Error(built.problem.message.en);
  return built.value;
};

const files = {
  'bescheid-buergergeld.pdf': pdf('/Lang (de-DE) '),
  'zuzahlung-2026-01-15-rosen-apotheke-m1.jpg': jpeg(1200, 1600),
};

const bundleOf = (document: unknown, attachments: Record<string, Uint8Array> = files, year = 2026) =>
  buildBundle(
    sampleInput({
      applicationId: 'ZB-2026-000042',
      year,
      created: '2026-11-20T10:00:00+01:00',
      schemaVersion: (document as ApplicationDocument).schemaVersion,
      rulesVersion: (document as ApplicationDocument).rulesVersion,
      applicationJson: new TextEncoder().encode(JSON.stringify(document)),
      attachments: Object.entries(attachments).map(([name, bytes]) => ({ name, bytes })),
    }),
  );

describe('parseApplicationDocument', () => {
  it('accepts what the app writes', () => {
    const document = sampleDocument();
    expect(parseApplicationDocument(JSON.parse(JSON.stringify(document)))).toEqual({ ok: true, document });
  });

  it('names every failing path, and the first three in the problem', () => {
    const document = sampleDocument();
    const broken = {
      ...document,
      applicant: { ...document.applicant, kvnr: 'X1' },
      year: '2026',
      extra: true,
      receipts: [{ ...document.receipts[0], amountCents: -5 }],
    };
    const parsed = parseApplicationDocument(broken);
    if (parsed.ok) throw new Error('expected a problem');
    expect(parsed.lines.map((line) => line.en)).toEqual([
      'year: must be a number',
      'applicant.kvnr: must be at least 10',
      'receipts[0].amountCents: must be at least 0',
      'extra: unknown key',
    ]);
    expect(parsed.problem).toEqual({
      code: 'application.invalid',
      message: expect.objectContaining({
        en: 'does not match the application.json format: year: must be a number; applicant.kvnr: must be at least 10; receipts[0].amountCents: must be at least 0 (and 1 more)',
      }) as unknown,
    });
  });

  it('reports an unknown schema version alone, in the reader’s words', () => {
    const parsed = parseApplicationDocument({ ...sampleDocument(), schemaVersion: 3, year: 'x' });
    if (parsed.ok) throw new Error('expected a problem');
    expect(parsed.problem.code).toBe('application.unknown-schema-version');
    expect(parsed.lines).toHaveLength(1);
    expect(parsed.lines[0]?.en).toMatch(
      /^schemaVersion: unknown schema version 3 in data\/application\.json/,
    );
  });
});

describe('applicationDocumentCheck in readBundle', () => {
  it('refuses a bundle whose application.json is not an application, naming the file and the field', () => {
    const document = sampleDocument();
    const result = readBundle(bundleOf({ ...document, bank: { iban: 'DE89' } }), {
      checkApplication: applicationDocumentCheck,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'application.invalid', path: 'data/application.json' }),
    ]);
    expect(result.problems[0]?.message.en).toContain('bank.accountHolder: is required');
  });
});

describe('readApplicationBundle', () => {
  it('gives the typed application of a consistent bundle', () => {
    const result = readApplicationBundle(bundleOf(sampleDocument()));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.application.attachments.map((a) => a.purpose)).toEqual(['welfare', 'receipt']);
    expect(result.files.map((f) => f.path)).toContain('data/bescheid-buergergeld.pdf');
  });

  it('names a listed file that is missing and a file that is not listed', () => {
    const result = readApplicationBundle(
      bundleOf(sampleDocument(), {
        'bescheid-buergergeld.pdf': pdf(),
        'rezept.jpg': jpeg(10, 10),
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([
      ['application.attachment-missing', 'data/zuzahlung-2026-01-15-rosen-apotheke-m1.jpg'],
      ['application.attachment-unlisted', 'data/rezept.jpg'],
    ]);
    expect(result.problems[0]?.relatedPath).toBe('data/application.json');
  });

  it('refuses a bundle whose bag-info.txt names another year', () => {
    const result = readApplicationBundle(bundleOf(sampleDocument(), files, 2025));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.code, p.path, p.message.en])).toEqual([
      [
        'bag-info.application-mismatch',
        'bag-info.txt',
        'Application-Year 2025 does not match data/application.json (2026)',
      ],
    ]);
  });
});

describe('attachmentProblems', () => {
  it('names a file listed twice and a type that does not match', () => {
    const document = sampleDocument();
    const [notice] = document.attachments;
    const problems = attachmentProblems({ ...document, attachments: [notice!, notice!] }, [
      { path: 'data/application.json', type: 'application/json' },
      { path: 'data/antrag.pdf', type: 'application/pdf' },
      { path: 'data/bescheid-buergergeld.pdf', type: 'image/png' },
    ]);
    expect(problems.map((p) => [p.code, p.path, p.message.en])).toEqual([
      [
        'application.attachment-type-mismatch',
        'data/bescheid-buergergeld.pdf',
        'the attachments say application/pdf, the file is image/png',
      ],
      [
        'application.attachment-listed-twice',
        'data/bescheid-buergergeld.pdf',
        'listed more than once in the attachments',
      ],
    ]);
  });
});

describe('version 1 and member parts (issue 14)', () => {
  /** The sample as the app wrote it before version 2: no memberParts. */
  const versionOne = () => {
    const { memberParts, ...rest } = sampleDocument();
    expect(memberParts).toEqual([]);
    return { ...rest, schemaVersion: 1 };
  };

  it('reads a version-1 application as version 2 with no member parts', () => {
    const parsed = parseApplicationDocument(JSON.parse(JSON.stringify(versionOne())));
    expect(parsed).toEqual({ ok: true, document: sampleDocument() });
  });

  it('accepts a version-1 bundle sent before this version, whose bag-info.txt says 1', () => {
    const result = readApplicationBundle(bundleOf(versionOne()));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.application.schemaVersion).toBe(2);
    expect(result.application.memberParts).toEqual([]);
    expect(result.bagInfo.schemaVersion).toBe(1);
  });

  it('still refuses a bag-info.txt that names another version than application.json', () => {
    const result = readBundle(
      buildBundle(
        sampleInput({
          applicationId: 'ZB-2026-000042',
          year: 2026,
          schemaVersion: 2,
          applicationJson: new TextEncoder().encode(JSON.stringify(versionOne())),
        }),
      ),
      { checkApplication: applicationDocumentCheck },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.code)).toContain('bag-info.schema-version-mismatch');
  });

  it('accepts a version-2 bundle that cites a member’s part, with no files of the member', () => {
    const draft = familyWithSpousePart();
    const built = buildApplicationDocument(checkApplication(draft, sampleContext), {
      applicationId: 'ZB-2026-000042',
      createdAt: '2026-11-20T10:00:00+01:00',
      nameAttachments: (refs) => refs.map((_, i) => `anlage-${i + 1}.pdf`),
    });
    if (!built.ok) throw new Error(built.problem.message.en);
    const result = readApplicationBundle(bundleOf(built.value, {}));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.application.memberParts.map((p) => [p.memberId, p.sha256])).toEqual([
      ['s1', 'ab'.repeat(32)],
    ]);
  });
});
