import { describe, expect, it } from 'vitest';
import { issueText } from '../fields/localized-issue';
import { chronicMemberStep } from './chronic-steps';
import { pathsOf } from './issue-paths.test-support';

const step = chronicMemberStep();

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

  it('refuses an answer that is not yes or no', () => {
    expect(step.safeParse({ memberId: 's', chronicallyIll: 'maybe' }).success).toBe(false);
  });
});
