import {
  fhirJsonMediaType,
  zuzahlungsstatusExtensionUrl,
  type FhirStatusAnswer,
  type StatusAnswer,
} from './provider-check';

/**
 * The answer to a status query, plain or FHIR (ADR 0026). "Not exempt" is one frozen value serialized by one
 * function, so a person not exempt on the date, a KVNR and birth date that match nobody, a wrong birth date and a
 * check blocked by an objection get the same bytes: the answer never tells membership or an objection (security
 * checklist § 1i). Initials and validity appear only with "befreit".
 */
export const notExempt: StatusAnswer = Object.freeze({ status: 'nicht-befreit' });

export const exemptAnswer = (initials: string, validUntil: string): StatusAnswer => ({
  status: 'befreit',
  initials,
  validUntil,
});

/**
 * FHIR R4 Parameters with the health card's co-payment status extension (status, and gueltigBis when exempt),
 * plus `initialen` only when exempt.
 */
export function fhirStatusAnswer(answer: StatusAnswer): FhirStatusAnswer {
  if (answer.status === 'nicht-befreit') {
    return {
      resourceType: 'Parameters',
      parameter: [
        {
          name: 'zuzahlungsstatus',
          valueBoolean: false,
          extension: [
            { url: zuzahlungsstatusExtensionUrl, extension: [{ url: 'status', valueBoolean: false }] },
          ],
        },
      ],
    };
  }
  return {
    resourceType: 'Parameters',
    parameter: [
      {
        name: 'zuzahlungsstatus',
        valueBoolean: true,
        extension: [
          {
            url: zuzahlungsstatusExtensionUrl,
            extension: [
              { url: 'status', valueBoolean: true },
              { url: 'gueltigBis', valueDate: answer.validUntil },
            ],
          },
        ],
      },
      { name: 'initialen', valueString: answer.initials },
    ],
  };
}

export type AnswerFormat = 'json' | 'fhir';

/** FHIR when the Accept header names application/fhir+json (with or without parameters), else plain JSON. */
export const answerFormatOf = (accept: string | undefined): AnswerFormat =>
  (accept ?? '').split(',').some((range) => range.split(';')[0]?.trim().toLowerCase() === fhirJsonMediaType)
    ? 'fhir'
    : 'json';

/** The bytes and Content-Type sent: one serialization for every answer of a format. */
export function serializeStatusAnswer(
  answer: StatusAnswer,
  format: AnswerFormat,
): { contentType: string; body: string } {
  return format === 'fhir'
    ? { contentType: `${fhirJsonMediaType}; charset=utf-8`, body: JSON.stringify(fhirStatusAnswer(answer)) }
    : { contentType: 'application/json; charset=utf-8', body: JSON.stringify(answer) };
}
