import { z } from 'zod';
import {
  consentFormSchema,
  type ConsentForm,
  type StatusQueryRequest,
} from '../../api/contracts/provider-check';
import { germanDate } from '../../domain/application/fields/german-date';
import { validateKvnr } from '../../domain/identifiers/kvnr';
import { serviceDateRange } from '../../domain/status-check/service-date-range';
import type { QueryMessageKey } from './query-messages';

/** The counter form as typed: dates the German way ("3.2.1956"), the consent as one of the radios. */
export type StatusQueryForm = {
  kvnr: string;
  birthDate: string;
  consent: ConsentForm | null;
  serviceDate: string;
};

export const statusQueryFieldOrder = ['kvnr', 'birthDate', 'consent', 'serviceDate'] as const;

const key = (messageKey: QueryMessageKey) => messageKey;
const name = { de: 'das Datum', en: 'the date' };

/** "7.12.2026" for an ISO date: the default of the date of service, as people type it. */
export function typedDate(iso: string): string {
  return `${Number(iso.slice(8, 10))}.${Number(iso.slice(5, 7))}.${iso.slice(0, 4)}`;
}

/**
 * The counter form's rules, relative to today (the page reads the clock): the KVNR with its check digit (§ 290
 * SGB V, kvnr.ts), a birth date not in the future, a consent form chosen, and a date of service in the previous,
 * current or next calendar year (the server refuses any other). Messages are keys of query-messages.ts.
 */
export function statusQuerySchema(today: string) {
  const { earliest, latest } = serviceDateRange(today);
  return z
    .object({
      kvnr: z.string(),
      birthDate: z.string(),
      consent: consentFormSchema.nullable(),
      serviceDate: z.string(),
    })
    .transform((form, context): StatusQueryRequest => {
      const problem = (path: keyof StatusQueryForm, message: QueryMessageKey) =>
        context.addIssue({ code: 'custom', path: [path], message: key(message) });
      const kvnr = validateKvnr(form.kvnr);
      if (!kvnr.ok) {
        const code = kvnr.problem.code;
        problem(
          'kvnr',
          code === 'kvnr.empty'
            ? 'query.error.kvnr.required'
            : code === 'kvnr.checkDigit'
              ? 'query.error.kvnr.checkDigit'
              : 'query.error.kvnr.format',
        );
      }
      const birthDate = germanDate(form.birthDate, name, { notAfter: today });
      if (!birthDate.ok) {
        const code = birthDate.problem.code;
        problem(
          'birthDate',
          code === 'date.required'
            ? 'query.error.birthDate.required'
            : code === 'date.tooLate'
              ? 'query.error.birthDate.future'
              : 'query.error.birthDate.format',
        );
      }
      if (form.consent === null) problem('consent', 'query.error.consent.required');
      const serviceDate = germanDate(form.serviceDate, name, { notBefore: earliest, notAfter: latest });
      if (!serviceDate.ok) {
        const code = serviceDate.problem.code;
        problem(
          'serviceDate',
          code === 'date.required'
            ? 'query.error.serviceDate.required'
            : code === 'date.tooLate' || code === 'date.tooEarly'
              ? 'query.error.serviceDate.range'
              : 'query.error.serviceDate.format',
        );
      }
      if (!kvnr.ok || !birthDate.ok || form.consent === null || !serviceDate.ok) return z.NEVER;
      return {
        kvnr: kvnr.value,
        birthDate: birthDate.value,
        consent: form.consent,
        serviceDate: serviceDate.value,
      };
    }) satisfies z.ZodType<StatusQueryRequest, StatusQueryForm>;
}
