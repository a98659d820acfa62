import { describe, expect, it } from 'vitest';
import { attachmentName, attachmentNames, uniqueNames, type AttachmentNameInput } from './attachment-name';

const cases: [AttachmentNameInput, string][] = [
  [
    { kind: 'zuzahlung', date: '2025-03-04', provider: 'Apotheke', memberIndex: 1, type: 'image/jpeg' },
    'zuzahlung-2025-03-04-apotheke-m1.jpg',
  ],
  [
    { kind: 'einkommen', category: 'Rente', memberIndex: 2, part: 1, type: 'application/pdf' },
    'einkommen-rente-m2-1.pdf',
  ],
  [{ kind: 'bescheid', benefit: 'Bürgergeld', type: 'application/pdf' }, 'bescheid-buergergeld.pdf'],
  [{ kind: 'muster55', memberIndex: 2, type: 'application/pdf' }, 'muster55-m2.pdf'],
  [{ kind: 'vollmacht', type: 'application/pdf' }, 'vollmacht.pdf'],
  [
    { kind: 'nachweis', description: 'Schwerbehindertenausweis', type: 'image/png' },
    'nachweis-schwerbehindertenausweis.png',
  ],
  [
    { kind: 'zuzahlung', date: 'gestern', provider: '', memberIndex: 3, type: 'image/png' },
    'zuzahlung-m3.png',
  ],
];

describe('attachmentName', () => {
  it.each(cases)('%o → %s', (input, name) => {
    expect(attachmentName(input)).toBe(name);
  });

  it('only ever produces lower-case letters, digits, hyphens and one dot', () => {
    const name = attachmentName({
      kind: 'zuzahlung',
      date: '2025-12-31',
      provider: 'Physio/Praxis "Rücken" \\ C:\\x ../..',
      memberIndex: 1,
      type: 'image/jpeg',
    });
    expect(name).toMatch(/^[a-z0-9-]+\.jpg$/);
  });
});

describe('uniqueNames', () => {
  it('numbers repeated names from 2, case-insensitively, skipping names already taken', () => {
    expect(uniqueNames(['a.pdf', 'b.jpg', 'A.pdf', 'a-2.pdf', 'a.pdf'])).toEqual([
      'a.pdf',
      'b.jpg',
      'A-2.pdf',
      'a-2-2.pdf',
      'a-3.pdf',
    ]);
  });
});

describe('attachmentNames', () => {
  it('makes two receipts from the same pharmacy on the same day distinct', () => {
    const receipt: AttachmentNameInput = {
      kind: 'zuzahlung',
      date: '2025-03-04',
      provider: 'Apotheke',
      memberIndex: 1,
      type: 'image/jpeg',
    };
    expect(attachmentNames([receipt, receipt, receipt])).toEqual([
      'zuzahlung-2025-03-04-apotheke-m1.jpg',
      'zuzahlung-2025-03-04-apotheke-m1-2.jpg',
      'zuzahlung-2025-03-04-apotheke-m1-3.jpg',
    ]);
  });
});
