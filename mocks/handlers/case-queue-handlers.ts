import { http, HttpResponse } from 'msw';
import { commonProblemCodes } from '../../src/api/contracts/api-problem';
import { caseworkerProblemCodes as codes } from '../../src/api/contracts/caseworker-auth';
import {
  caseAssignRoute,
  caseFlags,
  type CaseQueueItem,
  type CaseQueuePage,
  caseQueuePath,
  caseQueueQuerySchema,
  caseTakenProblem,
} from '../../src/api/contracts/caseworker-queue';
import { submissionReferenceSchema } from '../../src/api/contracts/submission';
import { submissionStore } from '../store/current-submission-store';
import type { StoredSubmission } from '../store/submission-store';
import { authenticated } from './caseworker-handlers';
import { problem } from './problem';

/**
 * The caseworker's queue and assignment, the twin of src/server/caseworker/case-queue-routes.ts: the same
 * search (a reference or an application number, exactly, spaces and case ignored), filters, sort with the
 * reference as tiebreak, paging with the total, and the same 409 naming who has a case. It filters the store's
 * submissions in memory; it keeps no audit log.
 */
const noStore = { 'Cache-Control': 'no-store' };

type Query = ReturnType<typeof caseQueueQuerySchema.parse>;

const itemOf = (submission: StoredSubmission): CaseQueueItem => {
  // Demo records stored before the queue existed: the server's defaults for rows before migration 7.
  const facts = submission.queue ?? { householdSize: 1, claimedCents: 0, flags: [] };
  return {
    reference: submission.reference,
    applicationId: submission.applicationId ?? '',
    receivedAt: submission.receivedAt,
    year: submission.year,
    householdSize: facts.householdSize,
    claimedCents: facts.claimedCents,
    status: submission.status,
    flags: caseFlags.filter((flag) => facts.flags.includes(flag)),
    assignedTo: submission.assignedTo
      ? { id: submission.assignedTo.id, displayName: submission.assignedTo.displayName }
      : null,
  };
};

const sortValue = (item: CaseQueueItem, sort: Query['sort']): number | string => {
  switch (sort) {
    case 'received':
      return Date.parse(item.receivedAt);
    case 'claimed':
      return item.claimedCents;
    case 'year':
      return item.year;
    case 'householdSize':
      return item.householdSize;
  }
};

const compare = (a: number | string, b: number | string) => (a < b ? -1 : a > b ? 1 : 0);

function matches(item: CaseQueueItem, query: Query, caseworkerId: string): boolean | 'no search match' {
  if (query.q !== undefined) {
    const typed = query.q.replace(/\s+/g, '').toUpperCase();
    if (typed !== '') {
      if (/^ZB-\d{4}-\d{6}$/.test(typed)) {
        if (item.reference !== typed) return false;
      } else if (/^ZBA-[0-9A-F]{12}$/.test(typed)) {
        if (item.applicationId !== typed) return false;
      } else return 'no search match';
    }
  }
  if (query.status && item.status !== query.status) return false;
  if (query.year !== undefined && item.year !== query.year) return false;
  if (query.flag && !item.flags.includes(query.flag)) return false;
  if (query.assigned === 'mine' && item.assignedTo?.id !== caseworkerId) return false;
  if (query.assigned === 'open' && item.assignedTo !== null) return false;
  return true;
}

/** One assignment at a time: the look and the write below are one step, like the server's conditional UPDATE. */
let assigning: Promise<unknown> = Promise.resolve();
const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
  const next = assigning.then(work, work);
  assigning = next.catch(() => undefined);
  return next;
};

export const caseQueueHandlers = [
  http.get(caseQueuePath, async ({ request, cookies }) => {
    const found = await authenticated(request, cookies, { slides: true });
    if (found instanceof Response) return found;
    const caseworkerId = found.session.caseworker.id;
    const params = new URL(request.url).searchParams;
    // Like Fastify's query parser: a repeated parameter becomes a list (which the schema refuses).
    const raw: Record<string, string | string[]> = {};
    for (const name of new Set(params.keys())) {
      const values = params.getAll(name);
      raw[name] = values.length === 1 ? (values[0] ?? '') : values;
    }
    const parsed = caseQueueQuerySchema.safeParse(raw);
    if (!parsed.success) {
      return problem(
        400,
        commonProblemCodes.requestInvalid,
        'The queue query is not valid',
        parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      );
    }
    const query = parsed.data;
    const all = (await submissionStore().listSubmissions()).map(itemOf);
    const checked = all.map((item) => matches(item, query, caseworkerId));
    const selected = checked.includes('no search match')
      ? []
      : all.filter((_item, index) => checked[index] === true);
    const direction = query.order === 'asc' ? 1 : -1;
    selected.sort(
      (a, b) =>
        direction *
        (compare(sortValue(a, query.sort), sortValue(b, query.sort)) || compare(a.reference, b.reference)),
    );
    const start = (query.page - 1) * query.pageSize;
    const page: CaseQueuePage = {
      total: selected.length,
      page: query.page,
      pageSize: query.pageSize,
      items: selected.slice(start, start + query.pageSize),
    };
    return HttpResponse.json(page, { headers: noStore });
  }),

  http.post<{ reference: string }>(caseAssignRoute, async ({ request, cookies, params }) => {
    const found = await authenticated(request, cookies, { slides: true });
    if (found instanceof Response) return found;
    const caseworker = found.session.caseworker;
    const reference = String(params.reference).trim().toUpperCase();
    if (!submissionReferenceSchema.safeParse(reference).success)
      return problem(404, codes.caseNotFound, 'No submission has this reference');
    return oneAtATime(async () => {
      const store = submissionStore();
      const submission = await store.getSubmission(reference);
      if (!submission) return problem(404, codes.caseNotFound, 'No submission has this reference');
      const holder = submission.assignedTo;
      if (holder && holder.id !== caseworker.id) {
        const body = caseTakenProblem(holder.displayName);
        return HttpResponse.json(body, {
          status: 409,
          headers: { ...noStore, 'Content-Type': 'application/problem+json' },
        });
      }
      const assigned =
        holder === undefined
          ? await store.updateSubmission(reference, {
              assignedTo: { ...caseworker, at: new Date().toISOString() },
            })
          : submission;
      if (!assigned) return problem(404, codes.caseNotFound, 'No submission has this reference');
      return HttpResponse.json(itemOf(assigned), { headers: noStore });
    });
  }),
];
