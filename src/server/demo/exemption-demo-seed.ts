import { berlinDateTime } from '../../documents/antrag/antrag-format';
import type { Database } from '../db/database';
import { kvnrHmac } from '../submissions/advance-payment-repository';
import { demoExemptionPersons } from './demo-exemption-persons';
import { seedDemoSubmission } from './demo-seed';

/**
 * DEMO ONLY (issue 15): where no exemption status exists yet, a demo start stores the example household's
 * application as a decided case (seedDemoSubmission) and gives two of its members the health card's co-payment
 * status: the applicant exempt from 1 January to 31 December of the current year (Berlin), the adult daughter
 * insured here but not exempt — status false, ended on 1 January, as a returned advance payment leaves a status
 * (markReturned). Returns the card number (the case's reference), or undefined when statuses existed and nothing
 * was seeded. A production start never calls this.
 */
export async function seedDemoExemptions(
  db: Database,
  secret: Buffer,
  now: Date,
): Promise<{ cardNumber: string } | undefined> {
  const existing = await db.query('SELECT 1 FROM exemption_statuses LIMIT 1');
  if (existing.rows.length > 0) return undefined;
  const submission = await seedDemoSubmission(db, { status: 'entschieden', outcome: 'befreit', now });
  const year = berlinDateTime(now.toISOString()).date.slice(0, 4);
  const rows = [
    { person: demoExemptionPersons.exempt, status: true, endedOn: null },
    { person: demoExemptionPersons.notExempt, status: false, endedOn: `${year}-01-01` },
  ];
  await db.transaction(async (tx) => {
    for (const { person, status, endedOn } of rows) {
      await tx.query(
        `INSERT INTO exemption_statuses
           (reference, member_id, given_name, family_name, kvnr, kvnr_hmac, birth_date, status, gueltig_ab,
            gueltig_bis, ended_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7::date, $8, $9::date, $10::date, $11::date)`,
        [
          submission.reference,
          person.memberId,
          person.givenName,
          person.familyName,
          person.kvnr,
          kvnrHmac(secret, person.kvnr),
          person.birthDate,
          status,
          `${year}-01-01`,
          `${year}-12-31`,
          endedOn,
        ],
      );
    }
  });
  return { cardNumber: submission.reference };
}
