import { describe, expect, it } from 'vitest';
import { pathsOf, textAt } from './issue-paths.test-support';
import {
  addressStep,
  bankStep,
  contactStep,
  kvnrStep,
  nameStep,
  representationStep,
  representativeStep,
} from './person-steps';

const context = { year: 2025, referenceDate: '2025-06-15' };

describe('nameStep', () => {
  const good = { givenName: ' Erika ', familyName: 'Mustermann', birthDate: '3.2.1956' };

  it('gives the checked name and the ISO birth date', () => {
    expect(nameStep(context).safeParse(good)).toEqual({
      success: true,
      data: { givenName: 'Erika', familyName: 'Mustermann', birthDate: '1956-02-03' },
    });
  });

  it.each([
    ['givenName', { givenName: '' }],
    ['familyName', { familyName: undefined }],
    ['familyName', { familyName: 'Muster\u202Emann' }],
    ['birthDate', { birthDate: '' }],
    ['birthDate', { birthDate: '1.1.56' }],
    ['birthDate', { birthDate: '16.6.2025' }], // after today
    ['birthDate', { birthDate: '31.12.1899' }],
  ])('reports only %s for %j', (path, change) => {
    expect(pathsOf(nameStep(context).safeParse({ ...good, ...change }))).toEqual([path]);
  });

  it('reports every empty field at once, in both languages', () => {
    const result = nameStep(context).safeParse({});
    expect(pathsOf(result)).toEqual(['givenName', 'familyName', 'birthDate']);
    expect(textAt(result, 'givenName')).toEqual({
      de: 'Geben Sie Ihren Vornamen ein.',
      en: 'Enter your first name.',
    });
    expect(textAt(result, 'birthDate')).toEqual({
      de: 'Geben Sie Ihr Geburtsdatum ein.',
      en: 'Enter your date of birth.',
    });
  });

  it('accepts a birth date of today and refuses tomorrow, whatever the reference date', () => {
    const step = nameStep({ year: 2026, referenceDate: '2026-01-10' });
    expect(step.safeParse({ ...good, birthDate: '10.1.2026' }).success).toBe(true);
    expect(textAt(step.safeParse({ ...good, birthDate: '11.1.2026' }), 'birthDate').de).toContain(
      '10.01.2026',
    );
  });
});

describe('kvnrStep', () => {
  it('normalises the number from the card', () => {
    expect(kvnrStep().safeParse({ kvnr: ' a 123 456 780 ' })).toEqual({
      success: true,
      data: { kvnr: 'A123456780' },
    });
  });

  it.each([undefined, '', 'A123456789', 'A12345678', '1123456780'])('reports kvnr for %j', (kvnr) => {
    const result = kvnrStep().safeParse({ kvnr });
    expect(pathsOf(result)).toEqual(['kvnr']);
    expect(textAt(result, 'kvnr').de).toContain('Krankenversichertennummer');
    expect(textAt(result, 'kvnr').en).toContain('health insurance number');
  });
});

describe('addressStep', () => {
  const good = { street: 'Hauptstraße 1', postalCode: '01067', city: 'Dresden' };

  it('gives the checked address', () => {
    expect(addressStep().safeParse({ ...good, postalCode: '01 067' })).toEqual({ success: true, data: good });
  });

  it.each([
    ['street', { street: ' ' }],
    ['postalCode', { postalCode: '1067' }],
    ['postalCode', { postalCode: undefined }],
    ['city', { city: '' }],
  ])('reports only %s for %j', (path, change) => {
    expect(pathsOf(addressStep().safeParse({ ...good, ...change }))).toEqual([path]);
  });

  it('ignores the other answers of the person page', () => {
    expect(addressStep().safeParse({ ...good, givenName: '', kvnr: 'nonsense' }).success).toBe(true);
  });
});

describe('contactStep', () => {
  it('accepts no phone and no e-mail: both are optional', () => {
    expect(contactStep().safeParse({})).toEqual({ success: true, data: { phone: '', email: '' } });
  });

  it('gives the typed phone number and e-mail address', () => {
    expect(contactStep().safeParse({ phone: '0351 1234567', email: 'erika@beispiel.de' })).toEqual({
      success: true,
      data: { phone: '0351 1234567', email: 'erika@beispiel.de' },
    });
  });

  it.each([
    [['email'], { phone: '0351 1234567', email: 'erika@beispiel' }],
    [['phone'], { phone: '123', email: 'erika@beispiel.de' }],
    [['phone', 'email'], { phone: 'call me', email: 'erika' }],
  ])('reports %j for %j', (paths, answers) => {
    expect(pathsOf(contactStep().safeParse(answers))).toEqual(paths);
  });
});

describe('representationStep', () => {
  it.each(['self', 'vollmacht', 'betreuung'] as const)('accepts %s', (kind) => {
    expect(representationStep().safeParse({ kind })).toEqual({ success: true, data: { kind } });
  });

  it('asks who the application is for when nothing is chosen', () => {
    const result = representationStep().safeParse({});
    expect(pathsOf(result)).toEqual(['kind']);
    expect(textAt(result, 'kind')).toEqual({
      de: 'Wählen Sie aus, für wen Sie den Antrag stellen.',
      en: 'Select who you are applying for.',
    });
  });
});

describe('representativeStep', () => {
  const good = {
    kind: 'vollmacht' as const,
    givenName: 'Max',
    familyName: 'Vertreter',
    street: 'Nebenweg 2',
    postalCode: '04109',
    city: 'Leipzig',
    documentFileIds: ['file-1'],
  };

  it('gives the representative’s details and the document', () => {
    expect(representativeStep().safeParse(good)).toEqual({
      success: true,
      data: {
        givenName: 'Max',
        familyName: 'Vertreter',
        street: 'Nebenweg 2',
        postalCode: '04109',
        city: 'Leipzig',
        phone: '',
        email: '',
        documentFileIds: ['file-1'],
      },
    });
  });

  it.each([
    ['givenName', { givenName: '' }],
    ['familyName', { familyName: '' }],
    ['street', { street: '' }],
    ['postalCode', { postalCode: 'abc' }],
    ['city', { city: '' }],
    ['phone', { phone: 'x' }],
    ['email', { email: 'x' }],
    ['documentFileIds', { documentFileIds: [] }],
    ['documentFileIds', { documentFileIds: undefined }],
  ])('reports only %s for %j', (path, change) => {
    expect(pathsOf(representativeStep().safeParse({ ...good, ...change }))).toEqual([path]);
  });

  it('asks for the power of attorney (Vollmacht) or the certificate of appointment (Betreuung)', () => {
    const vollmacht = textAt(
      representativeStep().safeParse({ ...good, kind: 'vollmacht', documentFileIds: [] }),
      'documentFileIds',
    );
    const betreuung = textAt(
      representativeStep().safeParse({ ...good, kind: 'betreuung', documentFileIds: [] }),
      'documentFileIds',
    );
    expect(vollmacht.de).toContain('Vollmacht');
    expect(vollmacht.en).toContain('power of attorney');
    expect(betreuung.de).toContain('Bestellungsurkunde');
    expect(betreuung.en).toContain('guardian');
    expect(betreuung.de).not.toBe(vollmacht.de);
    expect(betreuung.en).not.toBe(vollmacht.en);
  });

  it('reports the missing document together with missing details', () => {
    expect(pathsOf(representativeStep().safeParse({ kind: 'betreuung' }))).toEqual([
      'givenName',
      'familyName',
      'street',
      'postalCode',
      'city',
      'documentFileIds',
    ]);
  });
});

describe('bankStep', () => {
  it('accepts an IBAN typed in groups and gives it without spaces', () => {
    expect(
      bankStep().safeParse({ iban: 'DE89 3704 0044 0532 0130 00', accountHolder: 'Erika Mustermann' }),
    ).toEqual({
      success: true,
      data: { iban: 'DE89370400440532013000', accountHolder: 'Erika Mustermann' },
    });
  });

  it.each([
    ['iban', { iban: 'DE88 3704 0044 0532 0130 00' }], // wrong check digits
    ['iban', { iban: 'DE89 3704 0044 0532 0130 01' }], // one digit mistyped
    ['iban', { iban: '' }],
    ['accountHolder', { accountHolder: '' }],
  ])('reports only %s for %j', (path, change) => {
    const result = bankStep().safeParse({
      iban: 'DE89370400440532013000',
      accountHolder: 'Erika Mustermann',
      ...change,
    });
    expect(pathsOf(result)).toEqual([path]);
  });

  it('explains a wrong IBAN in both languages', () => {
    const text = textAt(bankStep().safeParse({ iban: 'DE88370400440532013000', accountHolder: 'E' }), 'iban');
    expect(text.de).toMatch(/IBAN/);
    expect(text.en).toMatch(/IBAN/);
    expect(text.de).not.toBe(text.en);
  });

  it('reports both fields when the page is empty', () => {
    expect(pathsOf(bankStep().safeParse({}))).toEqual(['iban', 'accountHolder']);
  });
});
