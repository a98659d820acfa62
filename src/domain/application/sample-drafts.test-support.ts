import { kvnrCheckDigit } from '../identifiers/kvnr';
import { createDraft, type ApplicationDraft } from './application-draft';
import type { Answers, ReceiptEntryAnswers } from './draft-answers';

// Three households as people really type them (German formats, raw text), for tests of the explained limit, the
// documents and the check page. The figures are never written down here: tests compute them with the rule engine.
export const sampleContext = { year: 2026, referenceDate: '2026-11-20' };

const kvnr = (start: string) => `${start}${kvnrCheckDigit(start)}`;

const person = (givenName: string, familyName: string, birthDate: string, card: string) => ({
  givenName,
  familyName,
  birthDate,
  kvnr: kvnr(card),
  street: 'Hauptstraße 1',
  postalCode: '01067',
  city: 'Dresden',
});

const receipt = (
  id: string,
  memberId: string,
  date: string,
  category: NonNullable<ReceiptEntryAnswers['category']>,
  provider: string,
  amount: string,
): ReceiptEntryAnswers => ({ id, kind: 'single', memberId, date, category, provider, amount });

const draftOf = (id: string, answers: Answers): ApplicationDraft => ({
  ...createDraft(id, sampleContext.year, '2026-01-10T09:00:00Z'),
  answers,
});

/** A pensioner living alone, 1.450 € pension a month, a dozen pharmacy receipts. */
export function pensionerDraft(): ApplicationDraft {
  return draftOf('sample-pensioner', {
    person: person('Erika', 'Mustermann', '3.2.1951', 'E12345678'),
    representation: { kind: 'self' },
    bank: { iban: 'DE89 3704 0044 0532 0130 00', accountHolder: 'Erika Mustermann' },
    household: { members: [], complete: true },
    welfare: { kind: 'none' },
    incomes: {
      entries: [
        {
          id: 'i1',
          memberId: 'applicant',
          type: 'pension',
          amount: '1.450,00',
          period: 'month',
          proof: 'post',
        },
      ],
      complete: true,
    },
    chronic: { members: [{ memberId: 'applicant', chronicallyIll: 'no' }] },
    receipts: {
      entries: Array.from({ length: 12 }, (_, i) =>
        receipt(
          `r${i + 1}`,
          'applicant',
          `${10 + i}.${i < 9 ? i + 1 : 10}.2026`,
          'medicine',
          'Löwen-Apotheke',
          i % 2 === 0 ? '5,00' : '10,00',
        ),
      ),
      complete: true,
    },
  });
}

/**
 * A couple with two children (one 19 and family-insured), 2026: the spouse is seriously chronically ill and
 * insured elsewhere; 40 receipts and one pharmacy's annual summary.
 */
export function familyDraft(): ApplicationDraft {
  const categories = ['medicine', 'remedies', 'transport', 'medicine', 'aids'] as const;
  const amounts = ['7,50', '18,40', '10,00', '5,00', '10,00'];
  const receipts: ReceiptEntryAnswers[] = Array.from({ length: 40 }, (_, i) =>
    receipt(
      `r${i + 1}`,
      i % 3 === 0 ? 's1' : 'applicant',
      `${(i % 27) + 1}.${Math.floor(i / 4) + 1}.2026`,
      categories[i % 5] ?? 'medicine',
      i % 5 === 1 ? 'Physiotherapie Weber' : i % 5 === 2 ? 'Taxi Schmidt' : 'Apotheke am Markt',
      amounts[i % 5] ?? '5,00',
    ),
  );
  receipts.push({
    id: 'r41',
    kind: 'summary',
    memberId: 's1',
    periodFrom: '1.1.2026',
    periodTo: '30.6.2026',
    category: 'medicine',
    provider: 'Linden-Apotheke',
    amount: '96,30',
  });
  return draftOf('sample-family', {
    person: person('Łukasz', 'Ğüneş Ørsted-Nguyễn', '12.4.1978', 'L12345678'),
    representation: { kind: 'self' },
    bank: { iban: 'DE89370400440532013000', accountHolder: 'Łukasz Ğüneş Ørsted-Nguyễn' },
    household: {
      members: [
        {
          id: 's1',
          relation: 'spouse',
          givenName: 'Maria',
          familyName: 'Ørsted-Nguyễn',
          birthDate: '9.1.1980',
          kvnr: kvnr('M98765432'),
          insurer: 'other',
          insurerName: 'Techniker Krankenkasse',
          familyInsured: 'no',
          livesInCareHome: 'no',
        },
        {
          id: 'c1',
          relation: 'child',
          givenName: 'Jan',
          familyName: 'Ørsted-Nguyễn',
          birthDate: '5.5.2014',
          kvnr: kvnr('J11223344'),
          insurer: 'same',
          familyInsured: 'yes',
        },
        {
          id: 'c2',
          relation: 'child',
          givenName: 'Ida',
          familyName: 'Ørsted-Nguyễn',
          birthDate: '20.2.2007',
          kvnr: kvnr('I55667788'),
          insurer: 'same',
          familyInsured: 'yes',
        },
      ],
      complete: true,
    },
    welfare: { kind: 'none' },
    incomes: {
      entries: [
        {
          id: 'i1',
          memberId: 'applicant',
          type: 'wages',
          amount: '3.400,00',
          period: 'month',
          proof: 'post',
        },
        { id: 'i2', memberId: 'applicant', type: 'wages', amount: '1.700', period: 'once', proof: 'post' },
        { id: 'i3', memberId: 's1', type: 'pension', amount: '9.600', period: 'year', proof: 'post' },
      ],
      noIncomeMemberIds: ['c1', 'c2'],
      complete: true,
    },
    chronic: {
      members: [
        { memberId: 'applicant', chronicallyIll: 'no' },
        { memberId: 's1', chronicallyIll: 'yes', certificate: 'doctorSends' },
        { memberId: 'c1', chronicallyIll: 'no' },
        { memberId: 'c2', chronicallyIll: 'no' },
      ],
    },
    receipts: { entries: receipts, complete: true },
  });
}

/** A mother on Bürgergeld with one child: the flat rule (§ 62 Abs. 2 S. 5–6 SGB V). */
export function buergergeldDraft(): ApplicationDraft {
  return draftOf('sample-buergergeld', {
    person: person('Sabine', 'Krüger', '17.8.1988', 'S24681357'),
    representation: { kind: 'self' },
    bank: { iban: 'DE89370400440532013000', accountHolder: 'Sabine Krüger' },
    household: {
      members: [
        {
          id: 'c1',
          relation: 'child',
          givenName: 'Tom',
          familyName: 'Krüger',
          birthDate: '2.3.2016',
          kvnr: kvnr('T13579246'),
          insurer: 'same',
          familyInsured: 'yes',
        },
      ],
      complete: true,
    },
    welfare: { kind: 'buergergeld', noticeFileIds: ['f-bescheid'] },
    chronic: {
      members: [
        { memberId: 'applicant', chronicallyIll: 'no' },
        { memberId: 'c1', chronicallyIll: 'no' },
      ],
    },
    receipts: {
      entries: [
        receipt('r1', 'applicant', '15.1.2026', 'medicine', 'Rosen-Apotheke', '10,00'),
        receipt('r2', 'applicant', '2.3.2026', 'remedies', 'Ergotherapie Lange', '21,60'),
        receipt('r3', 'c1', '9.4.2026', 'transport', 'Krankentransport Elbe', '10,00'),
        receipt('r4', 'applicant', '30.4.2026', 'hospital', 'Städtisches Klinikum', '50,00'),
        receipt('r5', 'applicant', '3.6.2026', 'medicine', 'Rosen-Apotheke', '10,00'),
        receipt('r6', 'applicant', '8.7.2026', 'medicine', 'Rosen-Apotheke', '10,00'),
        receipt('r7', 'applicant', '9.7.2026', 'dentures', 'Zahnarztpraxis Dr. Roth', '180,00'),
        receipt('r8', 'applicant', '1.9.2026', 'medicine', 'Rosen-Apotheke', '10,00'),
      ],
      complete: true,
    },
  });
}

export const sampleDrafts = { pensioner: pensionerDraft, family: familyDraft, buergergeld: buergergeldDraft };

/** A draft with both declarations given, so that it is ready to send when its sections are complete. */
export const declared = (draft: ApplicationDraft): ApplicationDraft => ({
  ...draft,
  answers: { ...draft.answers, declarations: { correct: true, consent: true } },
});

/** The Bürgergeld household, ready to send, with the notice and a photo of its first receipt attached. */
export function buergergeldWithFiles(): ApplicationDraft {
  const draft = declared(buergergeldDraft());
  draft.files = [
    {
      id: 'f-bescheid',
      name: 'scan.pdf',
      type: 'application/pdf',
      size: 10,
      addedAt: '2026-02-01T10:00:00Z',
    },
    { id: 'f-r1', name: 'IMG_789.jpg', type: 'image/jpeg', size: 10, addedAt: '2026-02-01T10:00:00Z' },
  ];
  const first = draft.answers.receipts?.entries?.[0];
  if (first) first.fileIds = ['f-r1'];
  return draft;
}
