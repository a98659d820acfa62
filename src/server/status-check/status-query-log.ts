import type {
  ConsentForm,
  InsuredStatusChecks,
  ProviderQueryHistory,
} from '../../api/contracts/provider-check';
import type { ProviderIdentity } from '../providers/provider-identity';
import { asIso, type Queryable } from '../db/database';

/**
 * The log of status queries (status_queries, migration 12; security checklist § 1i): one row per answered query
 * with IK, time, HMAC of the KVNR, consent form, date of service, result and channel — never the KVNR, a name or
 * initials. The provider reads its own rows (without the HMAC); the insured person reads the rows of their own
 * KVNR's HMAC. Deleted after two full calendar years (status-query-retention.ts).
 */
export type QueryResult = 'befreit' | 'nicht-befreit' | 'blocked';

export type StatusQueryLogEntry = {
  ik: string;
  at: Date;
  kvnrHmac: string;
  consent: ConsentForm;
  serviceDate: string;
  result: QueryResult;
  via: ProviderIdentity['via'];
};

export async function logStatusQuery(db: Queryable, entry: StatusQueryLogEntry): Promise<void> {
  await db.query(
    `INSERT INTO status_queries (at, ik, kvnr_hmac, consent, service_date, result, via)
     VALUES ($1, $2, $3, $4, $5::date, $6, $7)`,
    [
      entry.at.toISOString(),
      entry.ik,
      entry.kvnrHmac,
      entry.consent,
      entry.serviceDate,
      entry.result,
      entry.via,
    ],
  );
}

/** How many of a provider's queries were answered since `since` (today's use, for the history page). */
export async function countQueriesSince(db: Queryable, ik: string, since: Date): Promise<number> {
  const found = await db.query<{ n: number | string }>(
    'SELECT count(*) AS n FROM status_queries WHERE ik = $1 AND at >= $2',
    [ik, since.toISOString()],
  );
  return Number(found.rows[0]?.n ?? 0);
}

/** A provider's newest entries first, as it was told them: a blocked check was told 'nicht-befreit'. */
export async function providerQueryEntries(
  db: Queryable,
  ik: string,
  limit: number,
): Promise<ProviderQueryHistory['entries']> {
  const found = await db.query<{
    at: unknown;
    consent: ConsentForm;
    service_date: string;
    result: QueryResult;
    via: ProviderIdentity['via'];
  }>(
    `SELECT at, consent, to_char(service_date, 'YYYY-MM-DD') AS service_date, result, via
     FROM status_queries WHERE ik = $1 ORDER BY at DESC, id DESC LIMIT $2`,
    [ik, limit],
  );
  return found.rows.map((row) => ({
    at: asIso(row.at),
    consent: row.consent,
    serviceDate: row.service_date,
    answered: row.result === 'befreit' ? 'befreit' : 'nicht-befreit',
    via: row.via,
  }));
}

/** The checks of one insured person's status, newest first, with the provider's name from the IK register. */
export async function checksOfInsured(
  db: Queryable,
  kvnrHmac: string,
  limit: number,
): Promise<InsuredStatusChecks['checks']> {
  const found = await db.query<{
    at: unknown;
    ik: string;
    name: string;
    consent: ConsentForm;
    service_date: string;
    result: QueryResult;
  }>(
    `SELECT q.at, q.ik, r.name, q.consent, to_char(q.service_date, 'YYYY-MM-DD') AS service_date, q.result
     FROM status_queries q JOIN provider_register r ON r.ik = q.ik
     WHERE q.kvnr_hmac = $1 ORDER BY q.at DESC, q.id DESC LIMIT $2`,
    [kvnrHmac, limit],
  );
  return found.rows.map((row) => ({
    at: asIso(row.at),
    provider: { ik: row.ik, name: row.name },
    consent: row.consent,
    serviceDate: row.service_date,
    result: row.result,
  }));
}
