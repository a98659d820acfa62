import { z } from 'zod';
import { validateIban } from '../../identifiers/iban';
import { validateKvnr } from '../../identifiers/kvnr';
import {
  bankAnswersSchema,
  personAnswersSchema,
  representationAnswersSchema,
  representationKinds,
} from '../draft-answers';
import { germanDate } from '../fields/german-date';
import { addProblem, collectFields } from '../fields/localized-issue';
import { optionalEmail, optionalPhone, postalCode, requiredText } from '../fields/text-fields';
import type { StepContext } from './step-context';

// Persönliche Angaben: one schema per page (one topic per page, ux.md). Each takes the raw answers of the draft
// and gives checked values or one problem per wrong field.

const names = {
  givenName: { de: 'Ihren Vornamen', en: 'your first name' },
  familyName: { de: 'Ihren Nachnamen', en: 'your last name' },
  birthDate: { de: 'Ihr Geburtsdatum', en: 'your date of birth' },
  street: { de: 'Straße und Hausnummer', en: 'street and house number' },
  city: { de: 'den Wohnort', en: 'the town or city' },
  accountHolder: {
    de: 'den Namen der Kontoinhaberin oder des Kontoinhabers',
    en: 'the account holder’s name',
  },
};

export const nameStep = (context: StepContext) =>
  personAnswersSchema.pick({ givenName: true, familyName: true, birthDate: true }).transform(
    (raw, ctx) =>
      collectFields(ctx, {
        givenName: requiredText(raw.givenName, names.givenName),
        familyName: requiredText(raw.familyName, names.familyName),
        birthDate: germanDate(raw.birthDate, names.birthDate, {
          notAfter: context.referenceDate,
          notBefore: '1900-01-01',
        }),
      }) ?? z.NEVER,
  );

export const kvnrStep = () =>
  personAnswersSchema
    .pick({ kvnr: true })
    .transform((raw, ctx) => collectFields(ctx, { kvnr: validateKvnr(raw.kvnr ?? '') }) ?? z.NEVER);

export const addressStep = () =>
  personAnswersSchema.pick({ street: true, postalCode: true, city: true }).transform(
    (raw, ctx) =>
      collectFields(ctx, {
        street: requiredText(raw.street, names.street),
        postalCode: postalCode(raw.postalCode),
        city: requiredText(raw.city, names.city),
      }) ?? z.NEVER,
  );

export const contactStep = () =>
  personAnswersSchema
    .pick({ phone: true, email: true })
    .transform(
      (raw, ctx) =>
        collectFields(ctx, { phone: optionalPhone(raw.phone), email: optionalEmail(raw.email) }) ?? z.NEVER,
    );

export const representationStep = () =>
  representationAnswersSchema.pick({ kind: true }).transform((raw, ctx) => {
    if (raw.kind === undefined || !representationKinds.includes(raw.kind)) {
      addProblem(ctx, ['kind'], {
        de: 'Wählen Sie aus, für wen Sie den Antrag stellen.',
        en: 'Select who you are applying for.',
      });
      return z.NEVER;
    }
    return { kind: raw.kind };
  });

const representativeNames = {
  givenName: { de: 'den Vornamen der vertretenden Person', en: 'the representative’s first name' },
  familyName: { de: 'den Nachnamen der vertretenden Person', en: 'the representative’s last name' },
  street: {
    de: 'Straße und Hausnummer der vertretenden Person',
    en: 'the representative’s street and number',
  },
  city: { de: 'den Wohnort der vertretenden Person', en: 'the representative’s town or city' },
};

/** The representative's details and the power of attorney or the guardianship document (Bestellungsurkunde). */
export const representativeStep = () =>
  representationAnswersSchema.transform((raw, ctx) => {
    const fields = collectFields(ctx, {
      givenName: requiredText(raw.givenName, representativeNames.givenName),
      familyName: requiredText(raw.familyName, representativeNames.familyName),
      street: requiredText(raw.street, representativeNames.street),
      postalCode: postalCode(raw.postalCode),
      city: requiredText(raw.city, representativeNames.city),
      phone: optionalPhone(raw.phone),
      email: optionalEmail(raw.email),
    });
    const documentFileIds = raw.documentFileIds ?? [];
    if (documentFileIds.length === 0) {
      addProblem(
        ctx,
        ['documentFileIds'],
        raw.kind === 'betreuung'
          ? {
              de: 'Laden Sie die Bestellungsurkunde (Betreuerausweis) hoch.',
              en: 'Upload the certificate of appointment as legal guardian.',
            }
          : { de: 'Laden Sie die Vollmacht hoch.', en: 'Upload the power of attorney.' },
      );
    }
    return fields === undefined || documentFileIds.length === 0 ? z.NEVER : { ...fields, documentFileIds };
  });

export const bankStep = () =>
  bankAnswersSchema.transform(
    (raw, ctx) =>
      collectFields(ctx, {
        iban: validateIban(raw.iban ?? ''),
        accountHolder: requiredText(raw.accountHolder, names.accountHolder),
      }) ?? z.NEVER,
  );
