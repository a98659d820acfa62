import { http, HttpResponse } from 'msw';
import { commonProblemCodes, type ApiProblem } from '../../src/api/contracts/api-problem';
import {
  attachmentViewedRequestSchema,
  attachmentViewedRoute,
  caseBundleRoute,
  caseDecisionRequestSchema,
  caseDecisionRoute,
  caseLetterRoute,
  caseMemberPartRoute,
  caseMemberPartsRoute,
  caseReviewProblemCodes as reviewCodes,
  caseReviewRoute,
  caseUploadRoute,
  incomeCheckRequestSchema,
  incomeCheckRoute,
  receiptMarkRequestSchema,
  receiptMarkRoute,
  secondApprovalRoute,
  type CaseDecisionRecord,
  type CaseDecisionRequest,
  type CaseMemberPart,
  type CaseReviewState,
} from '../../src/api/contracts/case-review';
import {
  caseHistoryRoute,
  caseworkerProblemCodes as codes,
  type CaseHistory,
} from '../../src/api/contracts/caseworker-auth';
import { caseTakenProblem } from '../../src/api/contracts/caseworker-queue';
import { submissionReferenceSchema, submissionStatusOrder } from '../../src/api/contracts/submission';
import { berlinDateTime } from '../../src/documents/antrag/antrag-format';
import { letterFrame } from '../../src/documents/bescheid/bescheid-frame';
import { decisionOutcome } from '../../src/documents/bescheid/decision-outcome';
import type { BescheidLetter } from '../../src/documents/bescheid/bescheid-letter';
import { renderBescheidPdf } from '../../src/documents/bescheid/render-bescheid-pdf';
import { readApplicationBundle } from '../../src/documents/bundle/application-document-check';
import type { ApplicationDocument } from '../../src/domain/application/application-document';
import { proposeDecision } from '../../src/domain/case-review/propose-decision';
import { deletionDate } from '../../src/domain/case-review/deletion-date';
import type { ReceiptJudgement } from '../../src/domain/case-review/receipt-mark';
import { reviewedLimit } from '../../src/domain/case-review/reviewed-limit';
import { addDays } from '../../src/domain/limit-case/add-days';
import type { LimitCaseOutput } from '../../src/domain/limit-case/compute-limit-case';
import { minimumDeadlineDays, mockFourEyesAboveCents } from '../data/case-review-config';
import { letterFonts } from '../data/letter-fonts';
import { demoServiceInfo } from '../data/service-info';
import {
  caseStep as oneAtATime,
  emptyCaseReview,
  nextId,
  receiptJudgements,
  type StoredAuditEntry,
  type StoredCaseReview,
} from '../store/case-review-store';
import { submissionStore } from '../store/current-submission-store';
import type { CaseChange, StoredSubmission } from '../store/submission-store';
import { authenticated } from './caseworker-handlers';
import { problem } from './problem';
import { sha256Hex } from './web-sha256';

/**
 * The caseworker's case, the twin of src/server/caseworker/case-review-routes.ts, case-decision-routes.ts and
 * case-access.ts: the bundle as received, the review state, marks and ticks (frozen once decided), viewed
 * attachments, approve / confirm advance / reject / request documents with the limit recomputed from the bundle
 * verified again and the marks (reviewedLimit), four eyes above the server's default amount, the Bescheid
 * rendered once and served byte for byte, the exemption cards of an approval. Every step is audited with the
 * server's action, detail and outcome, kept with the submission; the case history below shows them.
 */
const noStore = { 'Cache-Control': 'no-store' };
const itemIdPattern = /^[A-Za-z0-9._-]{1,64}$/;
const positiveId = (value: string) => (/^\d{1,12}$/.test(value) ? Number(value) : undefined);
const letterDateOf = (at: Date) => berlinDateTime(at.toISOString()).date;

type Caseworker = { id: string; displayName: string };
type Outcome = StoredAuditEntry['outcome'];

/** A case opened for one request: what it is, who asks, and the audit lines the request writes. */
type OpenedCase = {
  submission: StoredSubmission;
  review: StoredCaseReview;
  caseworker: Caseworker;
  at: Date;
  /** Adds a line to the case's audit trail (written with save). */
  log(action: string, outcome: Outcome, detail?: string): void;
  /** Writes the change and the request's audit lines in one step. */
  save(change?: CaseChange): Promise<StoredSubmission | undefined>;
};

function caseOf(submission: StoredSubmission, caseworker: Caseworker, at: Date): OpenedCase {
  const lines: StoredAuditEntry[] = [];
  return {
    submission,
    review: submission.caseReview ?? emptyCaseReview(),
    caseworker,
    at,
    log(action, outcome, detail) {
      lines.push({
        at: at.toISOString(),
        actorRole: 'caseworker',
        actorId: caseworker.id,
        actorName: caseworker.displayName,
        action,
        ...(detail === undefined ? {} : { detail }),
        outcome,
      });
    },
    async save(change = {}) {
      const audit = [...(submission.audit ?? []), ...lines.splice(0)];
      const saved = await submissionStore().updateSubmission(submission.reference, { ...change, audit });
      if (saved) Object.assign(submission, saved);
      return saved;
    },
  };
}

const withProblem = async (opened: OpenedCase, response: Response, change?: CaseChange) => {
  await opened.save(change);
  return response;
};

/**
 * Who may touch a case (the server's openCase): the caseworker it is assigned to; opening an unassigned case
 * assigns it. Others get 409 naming who has it, except that any caseworker may read a case whose decision awaits
 * its second approval. A refusal is audited under `action` with `detail`.
 */
async function openCase(
  request: Request,
  cookies: Record<string, string>,
  rawReference: string,
  action: string,
  mode: 'read' | 'write',
  detail?: string,
): Promise<OpenedCase | Response> {
  const found = await authenticated(request, cookies, { slides: true });
  if (found instanceof Response) return found;
  const caseworker = found.session.caseworker;
  const at = new Date();
  const reference = rawReference.trim().toUpperCase();
  const submission = submissionReferenceSchema.safeParse(reference).success
    ? await submissionStore().getSubmission(reference)
    : undefined;
  if (!submission) return problem(404, codes.caseNotFound, 'No submission has this reference');
  if (!submission.assignedTo) {
    const assigned = await submissionStore().updateSubmission(reference, {
      assignedTo: { ...caseworker, at: at.toISOString() },
    });
    if (assigned) Object.assign(submission, assigned);
  }
  const opened = caseOf(submission, caseworker, at);
  const holder = submission.assignedTo;
  if (holder && holder.id !== caseworker.id) {
    const decision = mode === 'read' ? opened.review.decision : undefined;
    // As the server: anyone may look while a decision awaits its second approval, the co-signer afterwards too.
    const mayRead = decision?.state === 'awaitingSecond' || decision?.secondBy?.id === caseworker.id;
    if (!mayRead) {
      opened.log(action, 'refused', detail);
      await opened.save();
      const body = caseTakenProblem(holder.displayName);
      return HttpResponse.json(body, {
        status: 409,
        headers: { ...noStore, 'Content-Type': 'application/problem+json' },
      });
    }
  }
  return opened;
}

const byId =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

function reviewStateOf(submission: StoredSubmission, review: StoredCaseReview): CaseReviewState {
  return {
    reference: submission.reference,
    status: submission.status,
    assignedTo: submission.assignedTo
      ? { id: submission.assignedTo.id, displayName: submission.assignedTo.displayName }
      : null,
    receiptMarks: [...review.receiptMarks].sort(byId((entry) => entry.receiptId)),
    incomeChecks: [...review.incomeChecks].sort(byId((entry) => entry.incomeId)),
    decision: review.decision,
    documentRequests: review.documentRequests,
    uploads: review.uploads.map(({ id, name, mediaType, receivedAt }) => ({
      id,
      name,
      mediaType,
      receivedAt,
    })),
    letters: review.letters.map(({ id, kind, createdAt }) => ({ id, kind, createdAt })),
    fourEyesAboveCents: mockFourEyesAboveCents,
    deleteOn: deletionDate(submission.year),
  };
}

const stateAnswer = (opened: OpenedCase) =>
  HttpResponse.json(reviewStateOf(opened.submission, opened.submission.caseReview ?? opened.review), {
    headers: noStore,
  });

const invalid = (title: string, errors?: ApiProblem['errors']) =>
  problem(400, commonProblemCodes.requestInvalid, title, errors);
const issuesOf = (error: { issues: { path: PropertyKey[]; message: string }[] }) =>
  error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
const jsonBody = (request: Request): Promise<unknown> => request.json().catch(() => undefined);

type Reviewed = {
  document: ApplicationDocument;
  judgements: Map<string, ReceiptJudgement>;
  limit: LimitCaseOutput;
};

/** The application as the decision sees it: the stored bundle verified again, the limit recomputed with the marks. */
function reviewOf(opened: OpenedCase): Reviewed | { problem: string } {
  const verdict = readApplicationBundle(opened.submission.bundle);
  if (!verdict.ok) return { problem: 'The stored bundle fails verification' };
  const judgements = receiptJudgements(opened.review);
  const limit = reviewedLimit(verdict.application, judgements);
  if (!limit.ok) return { problem: 'The rule engine refused the application' };
  return { document: verdict.application, judgements, limit: limit.value };
}

const renderLetter = async (letter: BescheidLetter) => renderBescheidPdf(letter, await letterFonts());

const insurer = {
  name: demoServiceInfo.insurerName,
  postalAddress: demoServiceInfo.postalAddress,
  phone: demoServiceInfo.phone,
  email: demoServiceInfo.email,
};

type NewDecision = Pick<
  CaseDecisionRecord,
  'kind' | 'state' | 'exemptFrom' | 'exemptUntil' | 'refundCents' | 'reason'
>;

/**
 * What the final decision writes at once (the server's finalize): the status with the applicant's decision, the
 * exemption cards of an approval, the letter. Returns the change and the letter's id.
 */
async function finalize(
  opened: OpenedCase,
  review: StoredCaseReview,
  reviewed: Reviewed,
  decision: NewDecision,
  caseworkerName: string,
): Promise<{ change: CaseChange; letterId: number }> {
  const { document, judgements, limit } = reviewed;
  const reference = opened.submission.reference;
  const frame = letterFrame(document, insurer, {
    reference,
    letterDate: letterDateOf(opened.at),
    caseworkerName,
  });
  const outcome = decisionOutcome(document, judgements, limit, decision, opened.at.toISOString());
  // One card per covered person with a KVNR; a card stored already for the same person stays.
  const held = new Set(review.exemptions.map((exemption) => exemption.memberId));
  const exemptions = [
    ...review.exemptions,
    ...outcome.exemptions
      .filter((person) => !held.has(person.memberId))
      .map((person) => ({ ...person, status: true })),
  ];
  const pdf = await renderLetter({ ...frame, decision: outcome.letter });
  const letterId = nextId(review.letters);
  const moves =
    submissionStatusOrder.indexOf(opened.submission.status) < submissionStatusOrder.indexOf('entschieden');
  return {
    letterId,
    change: {
      ...(moves
        ? {
            status: 'entschieden' as const,
            updatedAt: opened.at.toISOString(),
            decision: outcome.applicantDecision,
          }
        : {}),
      caseReview: {
        ...review,
        exemptions,
        letters: [
          ...review.letters,
          { id: letterId, kind: 'bescheid', createdAt: opened.at.toISOString(), pdf },
        ],
      },
    },
  };
}

/** The decision the request asks for, computed from the reviewed application; a problem when it cannot be. */
function decisionFor(
  submission: StoredSubmission,
  request: Exclude<CaseDecisionRequest, { kind: 'requestDocuments' }>,
  reviewed: Reviewed,
): NewDecision | { code: string; title: string } {
  const { document, limit } = reviewed;
  const advance = submission.advance;
  const proposed = proposeDecision(request, document, limit, {
    fourEyesAboveCents: mockFourEyesAboveCents,
    advance: advance && {
      arrived: advance.status.state === 'eingegangen',
      exemption: advance.exemptions[0],
    },
  });
  if ('refused' in proposed) return { code: reviewCodes[proposed.refused], title: proposed.title };
  return proposed;
}

type CaseParams = { reference: string };

const getBundle = http.get<CaseParams>(caseBundleRoute, ({ request, cookies, params }) =>
  oneAtATime(async () => {
    const opened = await openCase(request, cookies, String(params.reference), 'case.open', 'read');
    if (opened instanceof Response) return opened;
    const { submission } = opened;
    // Opening a case starts the work on it: eingegangen → in-bearbeitung (never back).
    const change: CaseChange =
      submission.status === 'eingegangen'
        ? { status: 'in-bearbeitung', updatedAt: opened.at.toISOString() }
        : {};
    opened.log('case.open', 'ok');
    await opened.save(change);
    const bytes = submission.bundle;
    return new HttpResponse(bytes.slice().buffer, {
      headers: {
        ...noStore,
        'Content-Type': 'application/zip',
        'X-Bundle-Sha256': await sha256Hex(bytes),
      },
    });
  }),
);

const getReview = http.get<CaseParams>(caseReviewRoute, ({ request, cookies, params }) =>
  oneAtATime(async () => {
    const opened = await openCase(request, cookies, String(params.reference), 'case.review', 'read');
    if (opened instanceof Response) return opened;
    opened.log('case.review', 'ok');
    await opened.save();
    return stateAnswer(opened);
  }),
);

const putReceiptMark = http.put<CaseParams & { receiptId: string }>(
  receiptMarkRoute,
  ({ request, cookies, params }) =>
    oneAtATime(async () => {
      const receiptId = String(params.receiptId);
      const opened = await openCase(
        request,
        cookies,
        String(params.reference),
        'case.mark',
        'write',
        receiptId,
      );
      if (opened instanceof Response) return opened;
      const parsed = receiptMarkRequestSchema.safeParse(await jsonBody(request));
      if (!itemIdPattern.test(receiptId) || !parsed.success) {
        opened.log('case.mark', 'refused', receiptId);
        return withProblem(
          opened,
          invalid('The mark is not valid', parsed.success ? undefined : issuesOf(parsed.error)),
        );
      }
      if (opened.review.decision) {
        opened.log('case.mark', 'refused', receiptId);
        return withProblem(
          opened,
          problem(409, reviewCodes.alreadyDecided, 'The case is decided; marks are frozen'),
        );
      }
      const entry = {
        receiptId,
        mark: parsed.data.mark,
        reason: parsed.data.reason,
        by: opened.caseworker,
        at: opened.at.toISOString(),
      };
      const review: StoredCaseReview = {
        ...opened.review,
        receiptMarks: [...opened.review.receiptMarks.filter((e) => e.receiptId !== receiptId), entry],
      };
      opened.log('case.mark', 'ok', `${receiptId}:${parsed.data.mark}`);
      await opened.save({ caseReview: review });
      return stateAnswer(opened);
    }),
);

const putIncomeCheck = http.put<CaseParams & { incomeId: string }>(
  incomeCheckRoute,
  ({ request, cookies, params }) =>
    oneAtATime(async () => {
      const incomeId = String(params.incomeId);
      const opened = await openCase(
        request,
        cookies,
        String(params.reference),
        'case.income-check',
        'write',
        incomeId,
      );
      if (opened instanceof Response) return opened;
      const parsed = incomeCheckRequestSchema.safeParse(await jsonBody(request));
      if (!itemIdPattern.test(incomeId) || !parsed.success) {
        opened.log('case.income-check', 'refused', incomeId);
        return withProblem(
          opened,
          invalid('The check is not valid', parsed.success ? undefined : issuesOf(parsed.error)),
        );
      }
      if (opened.review.decision) {
        opened.log('case.income-check', 'refused', incomeId);
        return withProblem(
          opened,
          problem(409, reviewCodes.alreadyDecided, 'The case is decided; checks are frozen'),
        );
      }
      // A tick is an entry; taking it back removes it.
      const others = opened.review.incomeChecks.filter((entry) => entry.incomeId !== incomeId);
      const review: StoredCaseReview = {
        ...opened.review,
        incomeChecks: parsed.data.checked
          ? [...others, { incomeId, by: opened.caseworker, at: opened.at.toISOString() }]
          : others,
      };
      opened.log('case.income-check', 'ok', `${incomeId}:${parsed.data.checked ? 'checked' : 'unchecked'}`);
      await opened.save({ caseReview: review });
      return stateAnswer(opened);
    }),
);

const postAttachmentViewed = http.post<CaseParams>(attachmentViewedRoute, ({ request, cookies, params }) =>
  oneAtATime(async () => {
    const parsed = attachmentViewedRequestSchema.safeParse(await jsonBody(request));
    const fileId = parsed.success && itemIdPattern.test(parsed.data.fileId) ? parsed.data.fileId : undefined;
    const opened = await openCase(
      request,
      cookies,
      String(params.reference),
      'case.attachment.view',
      'read',
      fileId,
    );
    if (opened instanceof Response) return opened;
    if (fileId === undefined) {
      opened.log('case.attachment.view', 'refused');
      return withProblem(opened, invalid('The file id is not valid'));
    }
    opened.log('case.attachment.view', 'ok', fileId);
    await opened.save();
    return new HttpResponse(null, { status: 204 });
  }),
);

const postDecision = http.post<CaseParams>(caseDecisionRoute, ({ request, cookies, params }) =>
  oneAtATime(async () => {
    const parsed = caseDecisionRequestSchema.safeParse(await jsonBody(request));
    const kind = parsed.success ? parsed.data.kind : undefined;
    const opened = await openCase(request, cookies, String(params.reference), 'case.decision', 'write', kind);
    if (opened instanceof Response) return opened;
    const refuse = (status: number, code: string, title: string, errors?: ApiProblem['errors']) => {
      opened.log('case.decision', 'refused', kind);
      return withProblem(opened, problem(status, code, title, errors));
    };
    if (!parsed.success)
      return refuse(
        400,
        commonProblemCodes.requestInvalid,
        'The decision is not valid',
        issuesOf(parsed.error),
      );
    const { review } = opened;
    if (review.decision) return refuse(409, reviewCodes.alreadyDecided, 'The case already has a decision');
    const reviewed = reviewOf(opened);
    if ('problem' in reviewed) return refuse(409, reviewCodes.bundleInvalid, reviewed.problem);
    const body = parsed.data;
    const caseworkerName = opened.caseworker.displayName;
    const createdAt = opened.at.toISOString();

    if (body.kind === 'requestDocuments') {
      const today = letterDateOf(opened.at);
      if (body.dueOn < addDays(today, minimumDeadlineDays))
        return refuse(400, commonProblemCodes.requestInvalid, 'The deadline is too short', [
          { path: 'dueOn', message: `at least ${minimumDeadlineDays} days from today` },
        ]);
      const frame = letterFrame(reviewed.document, insurer, {
        reference: opened.submission.reference,
        letterDate: today,
        caseworkerName,
      });
      const pdf = await renderLetter({
        ...frame,
        decision: { kind: 'unterlagen-angefordert', documents: body.documents, dueOn: body.dueOn },
      });
      const letterId = nextId(review.letters);
      const request = {
        id: nextId(review.documentRequests),
        documents: body.documents,
        dueOn: body.dueOn,
        requestedAt: createdAt,
        by: opened.caseworker,
      };
      opened.log('case.decision', 'ok', body.kind);
      opened.log('case.letter', 'ok', String(letterId));
      await opened.save({
        caseReview: {
          ...review,
          documentRequests: [...review.documentRequests, request],
          letters: [...review.letters, { id: letterId, kind: 'unterlagen-angefordert', createdAt, pdf }],
        },
      });
      return stateAnswer(opened);
    }

    const decision = decisionFor(opened.submission, body, reviewed);
    if ('code' in decision) return refuse(409, decision.code, decision.title);
    const record: CaseDecisionRecord = {
      ...decision,
      proposedBy: opened.caseworker,
      proposedAt: createdAt,
      secondBy: null,
      secondAt: null,
    };
    const decided: StoredCaseReview = { ...review, decision: record };
    if (decision.state === 'awaitingSecond') {
      opened.log('case.decision', 'ok', `${body.kind}:awaitingSecond`);
      await opened.save({ caseReview: decided });
      return stateAnswer(opened);
    }
    const { change, letterId } = await finalize(opened, decided, reviewed, decision, caseworkerName);
    opened.log('case.decision', 'ok', body.kind);
    opened.log('case.letter', 'ok', String(letterId));
    await opened.save(change);
    return stateAnswer(opened);
  }),
);

const postSecondApproval = http.post<CaseParams>(secondApprovalRoute, ({ request, cookies, params }) =>
  oneAtATime(async () => {
    const opened = await openCase(request, cookies, String(params.reference), 'case.decision.second', 'read');
    if (opened instanceof Response) return opened;
    const refuse = (status: number, code: string, title: string) => {
      opened.log('case.decision.second', 'refused');
      return withProblem(opened, problem(status, code, title));
    };
    const pending = opened.review.decision;
    if (pending?.state !== 'awaitingSecond')
      return refuse(409, reviewCodes.nothingToApprove, 'No decision awaits a second approval');
    if (pending.proposedBy.id === opened.caseworker.id)
      return refuse(403, reviewCodes.sameCaseworker, 'The second approval must come from another caseworker');
    const reviewed = reviewOf(opened);
    if ('problem' in reviewed) return refuse(409, reviewCodes.bundleInvalid, reviewed.problem);
    const approved: StoredCaseReview = {
      ...opened.review,
      decision: {
        ...pending,
        state: 'final',
        secondBy: opened.caseworker,
        secondAt: opened.at.toISOString(),
      },
    };
    // The letter is signed by the one who decided; the second approval is on the record.
    const { change, letterId } = await finalize(
      opened,
      approved,
      reviewed,
      pending,
      pending.proposedBy.displayName,
    );
    opened.log('case.decision.second', 'ok');
    opened.log('case.letter', 'ok', String(letterId));
    await opened.save(change);
    return stateAnswer(opened);
  }),
);

const getLetter = http.get<CaseParams & { letterId: string }>(
  caseLetterRoute,
  ({ request, cookies, params }) =>
    oneAtATime(async () => {
      const raw = String(params.letterId);
      const opened = await openCase(
        request,
        cookies,
        String(params.reference),
        'case.letter.view',
        'read',
        raw,
      );
      if (opened instanceof Response) return opened;
      const letterId = positiveId(raw);
      const letter = opened.review.letters.find((item) => item.id === letterId);
      if (!letter) {
        opened.log('case.letter.view', 'not-found');
        return withProblem(opened, problem(404, reviewCodes.itemNotFound, 'The case has no such letter'));
      }
      opened.log('case.letter.view', 'ok', String(letter.id));
      await opened.save();
      return new HttpResponse(letter.pdf.slice().buffer, {
        headers: { ...noStore, 'Content-Type': 'application/pdf' },
      });
    }),
);

const getUpload = http.get<CaseParams & { uploadId: string }>(
  caseUploadRoute,
  ({ request, cookies, params }) =>
    oneAtATime(async () => {
      const raw = String(params.uploadId);
      const opened = await openCase(
        request,
        cookies,
        String(params.reference),
        'case.upload.view',
        'read',
        raw,
      );
      if (opened instanceof Response) return opened;
      const uploadId = positiveId(raw);
      const upload = opened.review.uploads.find((item) => item.id === uploadId);
      if (!upload) {
        opened.log('case.upload.view', 'not-found');
        return withProblem(opened, problem(404, reviewCodes.itemNotFound, 'The case has no such upload'));
      }
      opened.log('case.upload.view', 'ok', String(upload.id));
      await opened.save();
      return new HttpResponse(upload.bytes.slice().buffer, {
        headers: { ...noStore, 'Content-Type': upload.mediaType },
      });
    }),
);

/** The members' parts the case cites (the server's submission_member_parts), without their bytes. */
const getMemberParts = http.get<CaseParams>(caseMemberPartsRoute, ({ request, cookies, params }) =>
  oneAtATime(async () => {
    const opened = await openCase(request, cookies, String(params.reference), 'case.member-parts', 'read');
    if (opened instanceof Response) return opened;
    opened.log('case.member-parts', 'ok');
    await opened.save();
    const parts: CaseMemberPart[] = (opened.submission.memberParts ?? [])
      .map(({ memberId, invitationId, sha256, bytes }) => ({
        memberId,
        invitationId,
        sha256,
        byteLength: bytes.byteLength,
      }))
      .sort(byId((part) => `${part.memberId}\u0000${part.invitationId}`));
    return HttpResponse.json(parts, { headers: noStore });
  }),
);

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** One member's bag as handed in, audited with the invitation's id only. */
const getMemberPart = http.get<CaseParams & { invitationId: string }>(
  caseMemberPartRoute,
  ({ request, cookies, params }) =>
    oneAtATime(async () => {
      const invitationId = String(params.invitationId).toLowerCase();
      const valid = uuidPattern.test(invitationId);
      const opened = await openCase(
        request,
        cookies,
        String(params.reference),
        'case.member-part.open',
        'read',
        valid ? invitationId : undefined,
      );
      if (opened instanceof Response) return opened;
      const part = valid
        ? opened.submission.memberParts?.find((item) => item.invitationId === invitationId)
        : undefined;
      if (!part) {
        opened.log('case.member-part.open', 'not-found');
        return withProblem(
          opened,
          problem(404, reviewCodes.itemNotFound, 'The case has no such member’s part'),
        );
      }
      opened.log('case.member-part.open', 'ok', invitationId);
      await opened.save();
      return new HttpResponse(part.bytes.slice().buffer, {
        headers: { ...noStore, 'Content-Type': 'application/zip', 'X-Member-Part-Sha256': part.sha256 },
      });
    }),
);

/**
 * The case history (the server's case-history-routes.ts): the receipt, then every audit line naming the case, the
 * caseworker's own look included (audited before it is read). It stands before the first version of this route in
 * caseworker-handlers.ts, which knew only the looks at the history itself.
 */
const getHistory = http.get<CaseParams>(caseHistoryRoute, ({ request, cookies, params }) =>
  oneAtATime(async () => {
    const found = await authenticated(request, cookies, { slides: true });
    if (found instanceof Response) return found;
    const reference = String(params.reference).trim().toUpperCase();
    const submission = submissionReferenceSchema.safeParse(reference).success
      ? await submissionStore().getSubmission(reference)
      : undefined;
    if (!submission) return problem(404, codes.caseNotFound, 'No submission has this reference');
    const opened = caseOf(submission, found.session.caseworker, new Date());
    opened.log('case.history', 'ok');
    const saved = (await opened.save()) ?? submission;
    const history: CaseHistory = {
      reference,
      entries: [
        { at: submission.receivedAt, actorRole: 'none', action: 'submission.received', outcome: 'ok' },
        ...(saved.audit ?? []),
      ],
    };
    return HttpResponse.json(history, { headers: noStore });
  }),
);

export const caseReviewHandlers = [
  getBundle,
  getReview,
  putReceiptMark,
  putIncomeCheck,
  postAttachmentViewed,
  postDecision,
  postSecondApproval,
  getLetter,
  getUpload,
  getMemberParts,
  getMemberPart,
  getHistory,
];
