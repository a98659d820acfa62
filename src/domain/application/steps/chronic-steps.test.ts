import { describe, expect, it } from 'vitest';
import { issueText } from '../fields/localized-issue';
import { chronicMemberStep } from './chronic-steps';
import { pathsOf } from './issue-paths.test-support';

const context = { year: 2026, referenceDate: '2026-11-20' };
const step = chronicMemberStep(context);

describe('chronicMemberStep', () => {
  it('asks whether the person is seriously chronically ill', () => {
    const result = step.safeParse({ memberId: 'applicant' });
    expect(pathsOf(result)).toEqual(['chronicallyIll']);
    expect(issueText(result.error!.issues[0]!)).toEqual({
      de: 'Wählen Sie aus, ob die Person schwerwiegend chronisch krank ist.',
      en: 'Select whether the person is seriously chronically ill.',
    });
  });

  it("needs nothing more for 'no', and forgets a certificate chosen before", () => {
    expect(
      step.safeParse({
        memberId: 'applicant',
        chronicallyIll: 'no',
        certificate: 'upload',
        certificateFileIds: ['f'],
      }),
    ).toEqual({ success: true, data: { memberId: 'applicant', chronicallyIll: false } });
  });

  it("asks for 'yes' how the certificate (Muster 55) arrives", () => {
    const result = step.safeParse({ memberId: 'applicant', chronicallyIll: 'yes' });
    expect(pathsOf(result)).toEqual(['certificate']);
    expect(issueText(result.error!.issues[0]!).de).toContain('Muster 55');
  });

  it.each([undefined, [] as string[]])(
    'needs at least one file when uploading (files: %j)',
    (certificateFileIds) => {
      const result = step.safeParse({
        memberId: 'applicant',
        chronicallyIll: 'yes',
        certificate: 'upload',
        certificateFileIds,
      });
      expect(pathsOf(result)).toEqual(['certificateFileIds']);
      expect(issueText(result.error!.issues[0]!).en).toContain('Upload the certificate');
    },
  );

  it('keeps the uploaded certificate', () => {
    expect(
      step.safeParse({
        memberId: 's',
        chronicallyIll: 'yes',
        certificate: 'upload',
        certificateFileIds: ['f1'],
      }),
    ).toEqual({
      success: true,
      data: { memberId: 's', chronicallyIll: true, certificate: 'upload', certificateFileIds: ['f1'] },
    });
  });

  it('needs no file when the doctor’s practice sends the certificate', () => {
    expect(
      step.safeParse({
        memberId: 's',
        chronicallyIll: 'yes',
        certificate: 'doctorSends',
        certificateFileIds: ['f1'],
      }),
    ).toEqual({
      success: true,
      data: { memberId: 's', chronicallyIll: true, certificate: 'doctorSends', certificateFileIds: [] },
    });
  });

  describe('the certificate’s issue date ("Ausgestellt am")', () => {
    const upload = (
      certificateIssuedOn: string | undefined,
      certificate: 'upload' | 'doctorSends' = 'upload',
    ) =>
      step.safeParse({
        memberId: 's',
        chronicallyIll: 'yes',
        certificate,
        certificateFileIds: ['f1'],
        certificateIssuedOn,
      });

    it.each([
      ['15.3.2025', '2025-03-15'],
      ['01.01.1900', '1900-01-01'],
      ['20.11.2026', '2026-11-20'],
      ['2024-02-29', '2024-02-29'],
    ])('keeps %j as %s', (typed, iso) => {
      expect(upload(typed)).toEqual({
        success: true,
        data: {
          memberId: 's',
          chronicallyIll: true,
          certificate: 'upload',
          certificateFileIds: ['f1'],
          certificateIssuedOn: iso,
        },
      });
    });

    it.each([undefined, '', '   '])('is optional (typed: %j)', (typed) => {
      const result = upload(typed);
      expect(result.success).toBe(true);
      expect(result.data && 'certificateIssuedOn' in result.data).toBe(false);
    });

    it.each([
      ['21.11.2026', 'must not be after 2026-11-20', 'darf nicht nach dem 20.11.2026 liegen'],
      ['31.12.1899', 'must not be before', 'darf nicht vor dem 01.01.1900 liegen'],
      ['31.2.2025', 'February 2025 has 28 days', 'Der Februar 2025 hat 28 Tage'],
      ['3.25', 'as day, month and year', 'als Tag, Monat und Jahr'],
    ])('refuses %j', (typed, en, de) => {
      const result = upload(typed);
      expect(pathsOf(result)).toEqual(['certificateIssuedOn']);
      expect(issueText(result.error!.issues[0]!).en).toContain(en);
      expect(issueText(result.error!.issues[0]!).de).toContain(de);
    });

    it('names a missing file and a wrong date together', () => {
      const result = step.safeParse({
        memberId: 's',
        chronicallyIll: 'yes',
        certificate: 'upload',
        certificateIssuedOn: 'gestern',
      });
      expect(pathsOf(result)).toEqual(['certificateFileIds', 'certificateIssuedOn']);
    });

    it('is not asked, and forgotten, when the doctor’s practice sends the certificate', () => {
      expect(upload('gestern', 'doctorSends')).toEqual({
        success: true,
        data: { memberId: 's', chronicallyIll: true, certificate: 'doctorSends', certificateFileIds: [] },
      });
    });
  });

  it('refuses an answer that is not yes or no', () => {
    expect(step.safeParse({ memberId: 's', chronicallyIll: 'maybe' }).success).toBe(false);
  });
});
