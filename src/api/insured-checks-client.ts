import { apiFetch } from './api-fetch';
import {
  insuredObjectionsPath,
  insuredObjectionWithdrawalPath,
  insuredStatusChecksPath,
  insuredStatusChecksSchema,
  type InsuredIdentity,
  type InsuredObjectionRequest,
  type InsuredStatusChecks,
} from './contracts/provider-check';

/**
 * The insured person's view of the checks of their own status (issue 15): KVNR and the number of their exemption
 * card are the credential, sent in POST bodies only, never in a URL, and kept by the page in memory only.
 */
function post<T>(path: string, body: T): Promise<InsuredStatusChecks> {
  return apiFetch(path, insuredStatusChecksSchema, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Every check of this person's status, newest first, and the open objections; 404 when the pair does not fit. */
export function fetchInsuredStatusChecks(identity: InsuredIdentity): Promise<InsuredStatusChecks> {
  return post(insuredStatusChecksPath, identity);
}

/** Objects to checks by one provider (idempotent); answers with the same list. */
export function objectToProvider(request: InsuredObjectionRequest): Promise<InsuredStatusChecks> {
  return post(insuredObjectionsPath, request);
}

/** Withdraws the objection against one provider; answers with the same list. */
export function withdrawObjection(request: InsuredObjectionRequest): Promise<InsuredStatusChecks> {
  return post(insuredObjectionWithdrawalPath, request);
}
