import type { Queryable } from '../db/database';

/**
 * Whether a person is exempt from co-payments on a date (ADR 0026): a row of checkable_exemption_statuses (stored by
 * an advance payment's receipt or a caseworker's approval, or imported from a decision outside the app) with the KVNR's HMAC, the same birth date, status true,
 * gueltig_ab <= date <= gueltig_bis and not ended before the date. Found through the kvnr_hmac index; the clear
 * KVNR column is never read. Returns the name (for the initials only) and the last day the exemption holds, or
 * undefined — for a KVNR nobody has, a wrong birth date and a person not exempt on that date alike.
 */
export type ExemptionOnDate = {
  givenName: string;
  familyName: string;
  /** ISO date: gueltig_bis, or the day before ended_on when the exemption was ended earlier. */
  validUntil: string;
};

export async function findExemptionOn(
  db: Queryable,
  query: { kvnrHmac: string; birthDate: string; date: string },
): Promise<ExemptionOnDate | undefined> {
  // LEAST ignores a NULL ended_on. Of several rows covering the date (an advance payment's and an approval's for
  // the same year), the one that holds longest is told.
  const found = await db.query<{ given_name: string; family_name: string; valid_until: string }>(
    `SELECT given_name, family_name, to_char(LEAST(gueltig_bis, ended_on - 1), 'YYYY-MM-DD') AS valid_until
     FROM checkable_exemption_statuses
     WHERE kvnr_hmac = $1 AND birth_date = $2::date AND status
       AND gueltig_ab <= $3::date AND gueltig_bis >= $3::date AND (ended_on IS NULL OR $3::date < ended_on)
     ORDER BY valid_until DESC
     LIMIT 1`,
    [query.kvnrHmac, query.birthDate, query.date],
  );
  const row = found.rows[0];
  return row && { givenName: row.given_name, familyName: row.family_name, validUntil: row.valid_until };
}
