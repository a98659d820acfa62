import { berlinDateTime } from '../../src/documents/antrag/antrag-format';
import { demoInsuredPersons } from '../data/demo-providers';
import { submissionStore } from '../store/current-submission-store';

/**
 * The mock's exemption_statuses: the demo people, and the cards the mock's own handlers stored with a submission
 * — an advance payment's on receipt (advance-payment.ts) and a caseworker's approval (case-review-store.ts). The
 * card number is the submission's reference, as on the server.
 */
export type ExemptionRow = {
  cardNumber: string;
  givenName: string;
  familyName: string;
  kvnr: string;
  birthDate: string;
  status: boolean;
  gueltigAb: string;
  gueltigBis: string;
  endedOn?: string;
};

export async function exemptionRows(now: number): Promise<ExemptionRow[]> {
  const year = Number(berlinDateTime(new Date(now).toISOString()).date.slice(0, 4));
  const rows: ExemptionRow[] = [...demoInsuredPersons(year)];
  for (const submission of await submissionStore().listSubmissions()) {
    const cards = [...(submission.advance?.exemptions ?? []), ...(submission.caseReview?.exemptions ?? [])];
    for (const card of cards) {
      rows.push({
        cardNumber: submission.reference,
        givenName: card.givenName,
        familyName: card.familyName,
        kvnr: card.kvnr,
        birthDate: card.birthDate,
        status: card.status,
        gueltigAb: card.gueltigAb,
        gueltigBis: card.gueltigBis,
        ...(card.endedOn ? { endedOn: card.endedOn } : {}),
      });
    }
  }
  return rows;
}

/** The day before an ISO date (an exemption that ended on a day held until the day before). */
const dayBefore = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Whether a person is exempt on a date (ADR 0026, the server's exemption-lookup.ts): a row with the KVNR, the
 * same birth date, status true, gueltigAb <= date <= gueltigBis and not ended by then. Of several, the one that
 * holds longest is told; validUntil is gueltigBis, or the day before an early end.
 */
export function exemptionOn(
  rows: readonly ExemptionRow[],
  query: { kvnr: string; birthDate: string; date: string },
): { givenName: string; familyName: string; validUntil: string } | undefined {
  let found: { givenName: string; familyName: string; validUntil: string } | undefined;
  for (const row of rows) {
    if (row.kvnr !== query.kvnr || row.birthDate !== query.birthDate || !row.status) continue;
    if (row.gueltigAb > query.date || row.gueltigBis < query.date) continue;
    if (row.endedOn !== undefined && query.date >= row.endedOn) continue;
    const validUntil =
      row.endedOn !== undefined && dayBefore(row.endedOn) < row.gueltigBis
        ? dayBefore(row.endedOn)
        : row.gueltigBis;
    if (found === undefined || validUntil > found.validUntil)
      found = { givenName: row.givenName, familyName: row.familyName, validUntil };
  }
  return found;
}
