import type { StatusAnswer, StatusQueryRequest } from '../../api/contracts/provider-check';
import type { Queryable } from '../db/database';
import { kvnrHmac } from '../submissions/advance-payment-repository';
import { findExemptionOn, type ExemptionOnDate } from './exemption-lookup';
import { initialsOf } from '../../domain/names/initials';
import { isBlocked } from './objection-repository';
import { exemptAnswer, notExempt } from '../../api/contracts/provider-status-answer';
import type { QueryResult } from './status-query-log';

/**
 * What one status query finds (ADR 0026): the result the log records and the answer the provider gets. The
 * objection and the exemption are both looked up every time, so a blocked check does the same work as any other.
 */
export type StatusFinding = { kvnrHmac: string; result: QueryResult; answer: StatusAnswer };

/** The one mapping from a result to its answer: everything but 'befreit' is the same `notExempt`. */
export function answerOf(result: QueryResult, exemption: ExemptionOnDate | undefined): StatusAnswer {
  if (result !== 'befreit' || exemption === undefined) return notExempt;
  const initials = initialsOf(exemption.givenName, exemption.familyName);
  // The contract allows only capital letters; a name with no letter that has a capital form cannot be shown.
  // Failing (500, nothing logged) is safer than telling a pharmacy "nicht befreit" for an exempt person.
  if (initials === '') throw new Error('No initials can be formed from the name on file');
  return exemptAnswer(initials, exemption.validUntil);
}

export async function findStatus(
  db: Queryable,
  secret: Buffer,
  ik: string,
  query: Pick<StatusQueryRequest, 'kvnr' | 'birthDate' | 'serviceDate'>,
): Promise<StatusFinding> {
  const hmac = kvnrHmac(secret, query.kvnr);
  const blocked = await isBlocked(db, hmac, ik);
  const exemption = await findExemptionOn(db, {
    kvnrHmac: hmac,
    birthDate: query.birthDate,
    date: query.serviceDate,
  });
  const result: QueryResult = blocked ? 'blocked' : exemption ? 'befreit' : 'nicht-befreit';
  return { kvnrHmac: hmac, result, answer: answerOf(result, exemption) };
}
