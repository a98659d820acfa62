import { describe, expect, it } from 'vitest';
import { applicationLimit } from './application-limit';
import { applicationDocumentSchema } from './application-document';
import { buildApplicationDocument, type AttachmentRef } from './build-application-document';
import { buergergeldWithFiles, declared, sampleContext, sampleDrafts } from './sample-drafts.test-support';
import { checkApplication } from './check-application';

const options = {
  applicationId: 'A-TEST-1',
  createdAt: '2026-11-20T10:00:00+01:00',
  nameAttachments: (refs: readonly AttachmentRef[]) => refs.map((ref, i) => `${ref.purpose}-${i + 1}.pdf`),
};

describe('buildApplicationDocument', () => {
  it.each(Object.entries(sampleDrafts))('gives a schema-valid document for the %s household', (_, make) => {
    const draft = declared(make());
    const built = buildApplicationDocument(checkApplication(draft, sampleContext), options);
    if (!built.ok) throw new Error(built.problem.message.en);
    const document = applicationDocumentSchema.parse(JSON.parse(JSON.stringify(built.value)));
    const shown = applicationLimit(checkApplication(draft, sampleContext))!.result;
    expect(document.calculation).toEqual({
      limitCents: shown.limitCents,
      ratePercent: shown.ratePercent,
      paidCents: shown.paidCents,
      limitReachedOn: shown.limitReachedOn,
      refundCents: shown.refundCents,
      provisional: shown.provisional,
    });
    expect(document.receipts).toHaveLength(draft.answers.receipts?.entries?.length ?? 0);
    expect(document.members[0]?.id).toBe('applicant');
  });

  it('marks a further application with the earlier reference, and leaves the field out otherwise', () => {
    const further = {
      ...declared(sampleDrafts.family()),
      furtherApplicationTo: { reference: 'ZB-2026-000123' },
    };
    const built = buildApplicationDocument(checkApplication(further, sampleContext), options);
    if (!built.ok) throw new Error(built.problem.message.en);
    const document = applicationDocumentSchema.parse(JSON.parse(JSON.stringify(built.value)));
    expect(document.furtherApplicationTo).toEqual({ reference: 'ZB-2026-000123' });
    const first = buildApplicationDocument(
      checkApplication(declared(sampleDrafts.family()), sampleContext),
      options,
    );
    if (!first.ok) throw new Error(first.problem.message.en);
    expect('furtherApplicationTo' in first.value).toBe(false);
  });

  it.each([
    ['consent to notification by retrieval', 'yes', { electronicNotification: true }],
    ['"Nur per Post"', 'no', { electronicNotification: false }],
    ['no answer', undefined, {}],
  ] as const)('writes the declarations with %s', (_, answer, expected) => {
    const draft = declared(sampleDrafts.family());
    draft.answers.declarations = {
      correct: true,
      consent: true,
      ...(answer === undefined ? {} : { electronicNotification: answer }),
    };
    const built = buildApplicationDocument(checkApplication(draft, sampleContext), options);
    if (!built.ok) throw new Error(built.problem.message.en);
    const document = applicationDocumentSchema.parse(JSON.parse(JSON.stringify(built.value)));
    // Exactly these keys: absent when unanswered, never a default of false (no answer is no consent).
    expect(document.declarations).toStrictEqual({ correct: true, consent: true, ...expected });
  });

  it('reads a document written before the choice existed', () => {
    const built = buildApplicationDocument(
      checkApplication(declared(sampleDrafts.pensioner()), sampleContext),
      options,
    );
    if (!built.ok) throw new Error(built.problem.message.en);
    const old = { ...built.value, declarations: { correct: true, consent: true } };
    expect(applicationDocumentSchema.safeParse(old).success).toBe(true);
    const wrong = {
      ...built.value,
      declarations: { correct: true, consent: true, electronicNotification: 'yes' },
    };
    expect(applicationDocumentSchema.safeParse(wrong).success).toBe(false);
  });

  it('keeps every member with whether and why they count, and the spouse’s other insurer', () => {
    const built = buildApplicationDocument(
      checkApplication(declared(sampleDrafts.family()), sampleContext),
      options,
    );
    if (!built.ok) throw new Error(built.problem.message.en);
    const spouse = built.value.members.find((m) => m.id === 's1');
    expect(spouse).toMatchObject({ counts: true, insurer: { other: 'Techniker Krankenkasse' } });
    expect(built.value.members.map((m) => m.counts)).toEqual([true, true, true, true]);
    expect(built.value.applicant.familyName).toBe('Ğüneş Ørsted-Nguyễn');
    const summary = built.value.receipts.find((r) => r.kind === 'summary');
    expect(summary).toMatchObject({ countsOn: '2026-06-30', periodFrom: '2026-01-01' });
  });

  it('carries the certificate’s issue date when given, and leaves the key out otherwise', () => {
    const withCertificate = (certificateIssuedOn?: string) => {
      const draft = declared(sampleDrafts.pensioner());
      draft.files = [
        { id: 'f-m55', name: 'm55.pdf', type: 'application/pdf', size: 10, addedAt: '2026-02-01T10:00:00Z' },
      ];
      draft.answers.chronic = {
        members: [
          {
            memberId: 'applicant',
            chronicallyIll: 'yes',
            certificate: 'upload',
            certificateFileIds: ['f-m55'],
            ...(certificateIssuedOn !== undefined && { certificateIssuedOn }),
          },
        ],
      };
      const built = buildApplicationDocument(checkApplication(draft, sampleContext), options);
      if (!built.ok) throw new Error(built.problem.message.en);
      return applicationDocumentSchema.parse(JSON.parse(JSON.stringify(built.value))).chronic[0];
    };
    expect(withCertificate('15.3.2025')).toEqual({
      memberId: 'applicant',
      chronicallyIll: true,
      certificate: 'upload',
      certificateFileIds: ['f-m55'],
      certificateIssuedOn: '2025-03-15',
    });
    for (const absent of [undefined, '', '  ']) {
      const entry = withCertificate(absent);
      expect(entry?.certificateFileIds).toEqual(['f-m55']);
      expect(entry && 'certificateIssuedOn' in entry).toBe(false);
    }
  });

  it('names the attached files and says what each proves', () => {
    const draft = buergergeldWithFiles();
    const seen: AttachmentRef[] = [];
    const built = buildApplicationDocument(checkApplication(draft, sampleContext), {
      ...options,
      nameAttachments: (refs) => {
        seen.push(...refs);
        return refs.map((ref) => `${ref.purpose}.${ref.type === 'image/jpeg' ? 'jpg' : 'pdf'}`);
      },
    });
    if (!built.ok) throw new Error(built.problem.message.en);
    expect(built.value.attachments).toEqual([
      { fileId: 'f-bescheid', name: 'welfare.pdf', type: 'application/pdf', purpose: 'welfare', refId: null },
      { fileId: 'f-r1', name: 'receipt.jpg', type: 'image/jpeg', purpose: 'receipt', refId: 'r1' },
    ]);
    expect(seen[1]).toMatchObject({ date: '2026-01-15', label: 'Rosen-Apotheke', memberIndex: 1 });
  });

  it('refuses a draft that is not ready to send', () => {
    const built = buildApplicationDocument(
      checkApplication(sampleDrafts.pensioner(), sampleContext),
      options,
    );
    expect(built.ok).toBe(false);
  });
});
