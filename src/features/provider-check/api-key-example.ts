import {
  fhirJsonMediaType,
  providerStatusQueryPath,
  type StatusQueryRequest,
} from '../../api/contracts/provider-check';
import { exemptAnswer, fhirStatusAnswer } from '../../api/contracts/provider-status-answer';

/**
 * The documented example of a query by practice or pharmacy software (issue 15): curl with the API key as a bearer
 * token, the patient's data in the POST body, and the FHIR Accept header. Typed by the contract, so the example
 * cannot drift from what the server accepts and answers.
 */
export function curlExample(origin: string, key: string, serviceDate: string): string {
  const body: StatusQueryRequest = {
    kvnr: 'A123456780',
    birthDate: '1956-03-27',
    consent: 'cardPresented',
    serviceDate,
  };
  return [
    `curl -X POST '${origin}${providerStatusQueryPath}' \\`,
    `  -H 'Authorization: Bearer ${key}' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -H 'Accept: ${fhirJsonMediaType}' \\`,
    `  --data '${JSON.stringify(body)}'`,
  ].join('\n');
}

/** The FHIR answer for an exempt person: the co-payment status extension and, only then, the initials. */
export function fhirAnswerExample(validUntil: string): string {
  return JSON.stringify(fhirStatusAnswer(exemptAnswer('E. M.', validUntil)), null, 2);
}
