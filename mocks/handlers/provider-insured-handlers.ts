import { http } from 'msw';
import type { ZodType } from 'zod';
import { commonProblemCodes } from '../../src/api/contracts/api-problem';
import {
  insuredIdentitySchema,
  insuredObjectionRequestSchema,
  insuredObjectionWithdrawalPath,
  insuredObjectionsPath,
  insuredStatusChecksPath,
  providerProblemCodes as codes,
  type InsuredIdentity,
  type InsuredStatusChecks,
} from '../../src/api/contracts/provider-check';
import { mockObjections, mockStatusQueries, openObjection, registerEntry } from '../store/provider-store';
import { problem } from './problem';
import { jsonAnswer, parsed } from './provider-access';
import { exemptionRows } from './provider-exemptions';
import { hit, lockedOut } from './provider-limits';
import { kvnrHmacOf } from './provider-secret';

/**
 * The insured person's view of the checks of their status, and objections per provider, in the mock (server:
 * src/server/status-check/insured-routes.ts and insured-access.ts). KVNR and the exemption card's number, in the
 * POST body, are the credential: they must belong to one exemption status, else one 404 for either wrong. Wrong
 * pairs are locked out after a few tries; msw sees no client address, so the mock counts for all callers at once
 * (the demo has one visitor per browser).
 */
const failures = { bucket: 'insured-failures', limit: 20, windowMs: 15 * 60 * 1000 };
const subject = 'mock-client';
const checksLength = 1000;

const nameOf = (ik: string) => registerEntry(ik)?.name ?? ik;

function insuredView(kvnrHmac: string): InsuredStatusChecks {
  const checks = mockStatusQueries
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => entry.kvnrHmac === kvnrHmac)
    .sort((a, b) => b.entry.at - a.entry.at || b.index - a.index)
    .slice(0, checksLength)
    .map(({ entry }) => ({
      at: new Date(entry.at).toISOString(),
      provider: { ik: entry.ik, name: nameOf(entry.ik) },
      consent: entry.consent,
      serviceDate: entry.serviceDate,
      result: entry.result,
    }));
  const objections = mockObjections
    .map((objection, index) => ({ objection, index }))
    .filter(({ objection }) => objection.kvnrHmac === kvnrHmac && objection.withdrawnAt === undefined)
    .sort((a, b) => b.objection.since - a.objection.since || b.index - a.index)
    .map(({ objection }) => ({
      provider: { ik: objection.ik, name: nameOf(objection.ik) },
      since: new Date(objection.since).toISOString(),
    }));
  return { checks, objections };
}

/** The KVNR's HMAC when KVNR and card number belong together, else the answer to send. */
async function insuredAccess<T extends InsuredIdentity>(
  request: Request,
  schema: ZodType<T>,
): Promise<{ body: T; kvnrHmac: string } | Response> {
  const now = Date.now();
  const locked = lockedOut(failures, subject, now);
  if (!locked.allowed) {
    const refused = problem(429, commonProblemCodes.rateLimited, 'Too many wrong card numbers');
    refused.headers.set('Retry-After', String(locked.retryAfterSeconds));
    return refused;
  }
  const body = await parsed(request, schema, 'Invalid request');
  if (body instanceof Response) return body;
  const rows = await exemptionRows(now);
  if (!rows.some((row) => row.kvnr === body.kvnr && row.cardNumber === body.cardNumber)) {
    hit(failures, subject, now);
    return problem(404, codes.insuredNotFound, 'KVNR and card number do not belong together');
  }
  return { body, kvnrHmac: await kvnrHmacOf(body.kvnr) };
}

// An IK that is not in the register names no provider that could check: a 400 on the field.
const unknownProvider = () =>
  problem(400, commonProblemCodes.requestInvalid, 'No provider with this IK is on file', [
    { path: 'ik', message: 'no provider with this IK is on file' },
  ]);

export const insuredHandlers = [
  http.post(insuredStatusChecksPath, async ({ request }) => {
    const insured = await insuredAccess(request, insuredIdentitySchema);
    if (insured instanceof Response) return insured;
    return jsonAnswer(insuredView(insured.kvnrHmac));
  }),

  http.post(insuredObjectionsPath, async ({ request }) => {
    const insured = await insuredAccess(request, insuredObjectionRequestSchema);
    if (insured instanceof Response) return insured;
    const { ik } = insured.body;
    if (!registerEntry(ik)) return unknownProvider();
    // Idempotent: an open objection to the same provider stays as it is.
    if (!openObjection(insured.kvnrHmac, ik))
      mockObjections.push({ kvnrHmac: insured.kvnrHmac, ik, since: Date.now() });
    return jsonAnswer(insuredView(insured.kvnrHmac));
  }),

  http.post(insuredObjectionWithdrawalPath, async ({ request }) => {
    const insured = await insuredAccess(request, insuredObjectionRequestSchema);
    if (insured instanceof Response) return insured;
    // Nothing open to withdraw is no error: the answer shows the objections that are open.
    const open = openObjection(insured.kvnrHmac, insured.body.ik);
    if (open) open.withdrawnAt = Date.now();
    return jsonAnswer(insuredView(insured.kvnrHmac));
  }),
];
