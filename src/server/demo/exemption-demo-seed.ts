import { berlinDateTime } from '../../documents/antrag/antrag-format';
import type { Database } from '../db/database';
import { kvnrHmac } from '../submissions/advance-payment-repository';
import { demoExemptionCardNumber, demoExemptionPersons } from './demo-exemption-persons';

/**
 * DEMO ONLY (issue 15): where no exemption status exists yet, a demo start gives two members of the example
 * household the health card's co-payment status, as imported from a decision outside this app (migration 14): the
 * applicant exempt from 1 January to 31 December of the current year (Berlin), the adult daughter insured here but
 * not exempt — status false, ended on 1 January, as a returned advance payment leaves a status. No case is
 * invented for them, so the caseworker's queue and the references of the demo's first applications stay as they
 * were. Returns the card number, or undefined when statuses existed and nothing was seeded. A production start
 * never calls this.
 */
export async function seedDemoExemptions(
  db: Database,
  secret: Buffer,
  now: Date,
): Promise<{ cardNumber: string } | undefined> {
  const existing = await db.query('SELECT 1 FROM checkable_exemption_statuses LIMIT 1');
  if (existing.rows.length > 0) return undefined;
  const year = berlinDateTime(now.toISOString()).date.slice(0, 4);
  const rows = [
    { person: demoExemptionPersons.exempt, status: true, endedOn: null },
    { person: demoExemptionPersons.notExempt, status: false, endedOn: `${year}-01-01` },
  ];
  await db.transaction(async (tx) => {
    for (const { person, status, endedOn } of rows) {
      await tx.query(
        `INSERT INTO imported_exemption_statuses
           (card_number, member_id, given_name, family_name, kvnr_hmac, birth_date, status, gueltig_ab,
            gueltig_bis, ended_on, imported_at)
         VALUES ($1, $2, $3, $4, $5, $6::date, $7, $8::date, $9::date, $10::date, $11)
         ON CONFLICT (card_number, member_id) DO NOTHING`,
        [
          demoExemptionCardNumber,
          person.memberId,
          person.givenName,
          person.familyName,
          kvnrHmac(secret, person.kvnr),
          person.birthDate,
          status,
          `${year}-01-01`,
          `${year}-12-31`,
          endedOn,
          now.toISOString(),
        ],
      );
    }
  });
  return { cardNumber: demoExemptionCardNumber };
}
