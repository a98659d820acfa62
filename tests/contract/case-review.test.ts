import { expect, it } from 'vitest';
import {
  attachmentViewedPath,
  caseBundlePath,
  caseDecisionPath,
  caseLetterPath,
  caseReviewPath,
  caseReviewProblemCodes as reviewCodes,
  caseReviewStateSchema,
  caseUploadPath,
  incomeCheckPath,
  receiptMarkPath,
  secondApprovalPath,
  type CaseReviewState,
} from '../../src/api/contracts/case-review';
import { caseHistoryPath, caseHistorySchema } from '../../src/api/contracts/caseworker-auth';
import { caseQueueProblemCodes, caseTakenProblemSchema } from '../../src/api/contracts/caseworker-queue';
import {
  abrufcodeHeader,
  fileNameHeader,
  submissionDocumentsPath,
  submissionLetterPath,
  submissionProblemCodes,
  submissionStateSchema,
  type SubmissionReceipt,
  type SubmissionState,
} from '../../src/api/contracts/submission';
import { berlinDateTime } from '../../src/documents/antrag/antrag-format';
import { readApplicationBundle } from '../../src/documents/bundle/application-document-check';
import { pdf } from '../../src/documents/bundle/bundle-fixtures.test-support';
import type { ApplicationDocument } from '../../src/domain/application/application-document';
import { addDays } from '../../src/domain/limit-case/add-days';
import { createTotpSecret } from '../../src/server/caseworker/totp';
import { demoCaseworker } from '../../src/server/demo/demo-caseworker';
import { applicationBundle, exampleApplication } from '../support/application-bundle';
import { expectProblem, getState, postBundle, receiptOf } from './support/contract-requests';
import { logIn, type Caseworker } from './support/caseworker-login';
import { describeEachTarget } from './support/use-target';

/*
 * A case in the caseworker's hands (issue 13) against the mock and the server on PGlite and PostgreSQL: opening
 * (assigns, audited, eingegangen → in-bearbeitung), marks and ticks, a viewed attachment, approval with the
 * recomputed refund and the Bescheid the applicant fetches by Abrufcode, four eyes with a second caseworker,
 * rejection, a request for documents answered by an upload, and the case history. The mock forgets its
 * submissions before every test, so each test sends its own application; the two caseworkers log in once per
 * target (a TOTP code is accepted once per 30-second step).
 */

const example = exampleApplication();
const largestReceipt = [...example.receipts].sort((a, b) => b.amountCents - a.amountCents)[0]!;
const income = example.incomes[0]!;
const fileId = example.attachments[0]!.fileId;

const ids = {
  approve: 'ZBA-0000000C0001',
  fourEyes: 'ZBA-0000000C0002',
  reject: 'ZBA-0000000C0003',
  documents: 'ZBA-0000000C0004',
};
const bundles = new Map<string, Uint8Array>();
/** Built once per file: the example, or (four eyes) with 400 € more on its largest receipt. */
const bundleOf = (id: string): Uint8Array => {
  let bytes = bundles.get(id);
  if (!bytes) {
    bytes =
      id === ids.fourEyes
        ? applicationBundle({
            applicationId: id,
            edit: (document): ApplicationDocument => ({
              ...document,
              receipts: document.receipts.map((receipt) =>
                receipt.id === largestReceipt.id
                  ? { ...receipt, amountCents: receipt.amountCents + 40_000 }
                  : receipt,
              ),
            }),
          })
        : applicationBundle({ applicationId: id });
    bundles.set(id, bytes);
  }
  return bytes;
};

const today = () => berlinDateTime(new Date().toISOString()).date;

describeEachTarget('a case in the caseworker’s hands', (target) => {
  let demo: Caseworker | undefined;
  let second: Caseworker | undefined;
  const anna = async () => (demo ??= await logIn(target(), demoCaseworker));
  const ben = async () => {
    if (!second) {
      const account = {
        username: 'pruefung.zwei',
        displayName: 'Ben Zweitblick',
        password: 'Zweiter-Blick-2026!',
        totpSecret: createTotpSecret(),
      };
      await target().addCaseworker(account);
      second = await logIn(target(), account);
    }
    return second;
  };

  const call = async (
    who: Caseworker,
    path: string,
    init: { method?: string; body?: unknown } = {},
  ): Promise<Response> =>
    target().fetch(path, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...who.headers,
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  const stateOf = async (response: Response): Promise<CaseReviewState> => {
    const text = await response.text();
    expect(response.status, text).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    return caseReviewStateSchema.parse(JSON.parse(text));
  };
  const applicantState = async (receipt: SubmissionReceipt): Promise<SubmissionState> => {
    const response = await getState(target(), receipt.reference, receipt.abrufcode);
    const text = await response.text();
    expect(response.status, text).toBe(200);
    return submissionStateSchema.parse(JSON.parse(text));
  };
  const send = async (id: string) => receiptOf(await postBundle(target(), bundleOf(id)));
  const open = async (who: Caseworker, reference: string) => {
    const response = await call(who, caseBundlePath(reference));
    expect(response.status, response.status === 200 ? '' : await response.clone().text()).toBe(200);
    return response;
  };
  const history = async (who: Caseworker, reference: string) => {
    const response = await call(who, caseHistoryPath(reference));
    expect(response.status).toBe(200);
    return caseHistorySchema
      .parse(await response.json())
      .entries.map(
        (entry) =>
          `${entry.actorName ?? entry.actorRole}:${entry.action}:${entry.detail ?? ''}:${entry.outcome}`,
      );
  };
  const pdfStart = async (response: Response) => {
    expect(response.status, response.status === 200 ? '' : await response.clone().text()).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/pdf/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    return new TextDecoder('latin1').decode(bytes.subarray(0, 5));
  };

  it('opens, marks, ticks and approves; the applicant sees the decision, fetches the Bescheid and gets the cards', async () => {
    const receipt = await send(ids.approve);
    const [a, b] = [await anna(), await ben()];
    const ref = receipt.reference;

    // Opening: the bundle as received, which the caseworker's browser verifies with the CLI's reader.
    const opened = await open(a, ref);
    expect(opened.headers.get('content-type')).toMatch(/^application\/zip/);
    expect(opened.headers.get('cache-control')).toBe('no-store');
    const bytes = new Uint8Array(await opened.arrayBuffer());
    expect(bytes).toEqual(bundleOf(ids.approve));
    const read = readApplicationBundle(bytes);
    expect(read.ok && read.application.applicationId).toBe(ids.approve);
    expect((await applicantState(receipt)).status).toBe('in-bearbeitung');

    // Another caseworker meets the taken case, by name.
    const taken = await call(b, caseBundlePath(ref));
    await expectProblem(taken.clone(), 409, caseQueueProblemCodes.taken);
    expect(caseTakenProblemSchema.parse(await taken.json()).assignedTo).toEqual({
      displayName: a.displayName,
    });
    await expectProblem(
      await call(b, receiptMarkPath(ref, largestReceipt.id), {
        method: 'PUT',
        body: { mark: 'countable', reason: '' },
      }),
      409,
      caseQueueProblemCodes.taken,
    );

    const fresh = await stateOf(await call(a, caseReviewPath(ref)));
    expect(fresh).toMatchObject({
      reference: ref,
      status: 'in-bearbeitung',
      assignedTo: { id: a.id, displayName: a.displayName },
      receiptMarks: [],
      incomeChecks: [],
      decision: null,
      letters: [],
      uploads: [],
      documentRequests: [],
      fourEyesAboveCents: 50_000,
      deleteOn: '2031-01-01',
    });

    // A receipt left out needs a reason.
    const mark = (body: unknown) => call(a, receiptMarkPath(ref, largestReceipt.id), { method: 'PUT', body });
    await expectProblem(await mark({ mark: 'notCountable', reason: '' }), 400, 'request.invalid');
    const marked = await stateOf(
      await mark({ mark: 'notCountable', reason: 'Zahnersatz: Eigenanteil, keine Zuzahlung' }),
    );
    expect(marked.receiptMarks).toMatchObject([
      {
        receiptId: largestReceipt.id,
        mark: 'notCountable',
        reason: 'Zahnersatz: Eigenanteil, keine Zuzahlung',
        by: { id: a.id, displayName: a.displayName },
      },
    ]);
    const ticked = await stateOf(
      await call(a, incomeCheckPath(ref, income.id), { method: 'PUT', body: { checked: true } }),
    );
    expect(ticked.incomeChecks).toMatchObject([{ incomeId: income.id, by: { id: a.id } }]);
    const viewed = await call(a, attachmentViewedPath(ref), { body: { fileId } });
    expect(viewed.status).toBe(204);

    // Approval: the refund recomputed without the receipt left out, below four eyes, final at once.
    const refund = example.calculation.refundCents - largestReceipt.amountCents;
    const decided = await stateOf(await call(a, caseDecisionPath(ref), { body: { kind: 'approve' } }));
    expect(decided.status).toBe('entschieden');
    expect(decided.decision).toMatchObject({
      kind: 'approve',
      state: 'final',
      proposedBy: { id: a.id },
      secondBy: null,
      exemptFrom: expect.stringMatching(/^2026-/),
      exemptUntil: '2026-12-31',
      refundCents: refund,
      reason: null,
    });
    expect(decided.letters.map((letter) => letter.kind)).toEqual(['bescheid']);
    const letterId = decided.letters[0]!.id;

    const status = await applicantState(receipt);
    expect(status.status).toBe('entschieden');
    expect(status.decision).toMatchObject({
      outcome: 'befreit',
      validFrom: decided.decision?.exemptFrom,
      validUntil: '2026-12-31',
      refundCents: refund,
      electronicNotification: false,
    });
    expect(status.letters).toEqual(decided.letters);
    // Everyone counted and insured here gets a card; the spouse is insured elsewhere.
    expect(status.exemptions?.map((card) => card.memberId)).toEqual(['applicant', 'c1', 'c2']);
    expect(status.exemptions?.[0]).toMatchObject({
      cardNumber: ref,
      status: true,
      gueltigAb: decided.decision?.exemptFrom,
      gueltigBis: '2026-12-31',
    });

    // The Bescheid, by Abrufcode for the applicant and by session for the caseworker; not with a wrong code.
    const letterFor = (code: string) =>
      target().fetch(submissionLetterPath(ref, letterId), { headers: { [abrufcodeHeader]: code } });
    expect(await pdfStart(await letterFor(receipt.abrufcode))).toBe('%PDF-');
    expect(await pdfStart(await call(a, caseLetterPath(ref, letterId)))).toBe('%PDF-');
    const wrong = receipt.abrufcode.replace(/^./, (first) => (first === 'A' ? 'B' : 'A'));
    await expectProblem(await letterFor(wrong), 404, submissionProblemCodes.notFound);
    await expectProblem(
      await target().fetch(submissionLetterPath(ref, letterId + 1000), {
        headers: { [abrufcodeHeader]: receipt.abrufcode },
      }),
      404,
      submissionProblemCodes.notFound,
    );
    await expectProblem(await call(a, caseLetterPath(ref, letterId + 1000)), 404, reviewCodes.itemNotFound);

    // Decided: marks are frozen, a second decision is refused.
    await expectProblem(
      await call(a, receiptMarkPath(ref, example.receipts[0]!.id), {
        method: 'PUT',
        body: { mark: 'duplicate', reason: 'doppelt' },
      }),
      409,
      reviewCodes.alreadyDecided,
    );
    await expectProblem(
      await call(a, caseDecisionPath(ref), { body: { kind: 'reject', reason: 'Noch einmal entscheiden' } }),
      409,
      reviewCodes.alreadyDecided,
    );

    const lines = await history(a, ref);
    const who = a.displayName;
    for (const line of [
      'none:submission.received::ok',
      `${who}:case.open::ok`,
      `Ben Zweitblick:case.open::refused`,
      `Ben Zweitblick:case.mark:${largestReceipt.id}:refused`,
      `${who}:case.review::ok`,
      `${who}:case.mark:${largestReceipt.id}:refused`,
      `${who}:case.mark:${largestReceipt.id}:notCountable:ok`,
      `${who}:case.income-check:${income.id}:checked:ok`,
      `${who}:case.attachment.view:${fileId}:ok`,
      `${who}:case.decision:approve:ok`,
      `${who}:case.letter:${letterId}:ok`,
      `${who}:case.letter.view:${letterId}:ok`,
      `none:submission.letter:${letterId}:ok`,
      `${who}:case.decision:reject:refused`,
      `${who}:case.history::ok`,
    ])
      expect(lines).toContain(line);
    // The reason typed is the case's content, never the audit trail's.
    expect(lines.join('\n')).not.toContain('Zahnersatz');
  });

  it('needs a second, different caseworker for a refund above the four-eyes amount', async () => {
    const receipt = await send(ids.fourEyes);
    const [a, b] = [await anna(), await ben()];
    const ref = receipt.reference;
    await open(a, ref);
    const proposed = await stateOf(await call(a, caseDecisionPath(ref), { body: { kind: 'approve' } }));
    expect(proposed.decision).toMatchObject({
      kind: 'approve',
      state: 'awaitingSecond',
      refundCents: example.calculation.refundCents + 40_000,
      secondBy: null,
      secondAt: null,
    });
    expect(proposed.decision!.refundCents).toBeGreaterThan(proposed.fourEyesAboveCents);
    expect(proposed.status).toBe('in-bearbeitung');
    expect(proposed.letters).toEqual([]);
    expect((await applicantState(receipt)).decision).toBeUndefined();

    await expectProblem(
      await call(a, secondApprovalPath(ref), { method: 'POST' }),
      403,
      reviewCodes.sameCaseworker,
    );
    // The second caseworker may read the case while it awaits the approval, not write to it.
    expect((await stateOf(await call(b, caseReviewPath(ref)))).assignedTo?.id).toBe(a.id);
    await expectProblem(
      await call(b, incomeCheckPath(ref, income.id), { method: 'PUT', body: { checked: true } }),
      409,
      caseQueueProblemCodes.taken,
    );
    const approved = await stateOf(await call(b, secondApprovalPath(ref), { method: 'POST' }));
    expect(approved.decision).toMatchObject({
      state: 'final',
      proposedBy: { id: a.id, displayName: a.displayName },
      secondBy: { id: b.id, displayName: 'Ben Zweitblick' },
    });
    expect(approved.status).toBe('entschieden');
    expect(approved.letters.map((letter) => letter.kind)).toEqual(['bescheid']);
    const status = await applicantState(receipt);
    expect(status.decision).toMatchObject({
      outcome: 'befreit',
      refundCents: example.calculation.refundCents + 40_000,
    });
    expect(status.exemptions).toHaveLength(3);

    // Final now: nothing awaits a second approval; the co-signer may still read what he approved.
    await expectProblem(
      await call(a, secondApprovalPath(ref), { method: 'POST' }),
      409,
      reviewCodes.nothingToApprove,
    );
    expect((await call(b, caseReviewPath(ref))).status).toBe(200);
    const lines = await history(a, ref);
    for (const line of [
      `${a.displayName}:case.decision:approve:awaitingSecond:ok`,
      `${a.displayName}:case.decision.second::refused`,
      'Ben Zweitblick:case.review::ok',
      'Ben Zweitblick:case.decision.second::ok',
      `Ben Zweitblick:case.letter:${approved.letters[0]!.id}:ok`,
    ])
      expect(lines).toContain(line);
  });

  it('refuses an approval below the limit and rejects with a reason', async () => {
    const receipt = await send(ids.reject);
    const a = await anna();
    const ref = receipt.reference;
    await open(a, ref);
    await expectProblem(
      await call(a, caseDecisionPath(ref), { body: { kind: 'reject', reason: 'kurz' } }),
      400,
      'request.invalid',
    );
    await expectProblem(
      await call(a, caseDecisionPath(ref), { body: { kind: 'confirmAdvance' } }),
      409,
      reviewCodes.wrongDecision,
    );
    // Left out: enough receipts that the counted co-payments stay below the limit.
    const byAmount = [...example.receipts].sort((x, y) => y.amountCents - x.amountCents);
    let leftOut = 0;
    let last: CaseReviewState | undefined;
    for (const receiptItem of byAmount) {
      if (example.calculation.paidCents - leftOut < example.calculation.limitCents) break;
      leftOut += receiptItem.amountCents;
      last = await stateOf(
        await call(a, receiptMarkPath(ref, receiptItem.id), {
          method: 'PUT',
          body: { mark: 'illegible', reason: 'nicht lesbar' },
        }),
      );
    }
    expect(last?.receiptMarks.length).toBeGreaterThan(0);
    await expectProblem(
      await call(a, caseDecisionPath(ref), { body: { kind: 'approve' } }),
      409,
      reviewCodes.limitNotReached,
    );
    const reason = 'Die Belege sind nicht lesbar und wurden nicht ersetzt.';
    const rejected = await stateOf(
      await call(a, caseDecisionPath(ref), { body: { kind: 'reject', reason } }),
    );
    expect(rejected.decision).toMatchObject({
      kind: 'reject',
      state: 'final',
      refundCents: 0,
      exemptFrom: null,
      exemptUntil: null,
      reason,
    });
    expect(rejected.status).toBe('entschieden');
    const status = await applicantState(receipt);
    expect(status.decision).toMatchObject({ outcome: 'abgelehnt', reason, electronicNotification: false });
    expect(status.decision?.refundCents).toBeUndefined();
    expect(status.exemptions).toBeUndefined();
    expect(status.letters?.map((letter) => letter.kind)).toEqual(['bescheid']);
  });

  it('requests documents with a deadline; the applicant answers with a file the caseworker opens', async () => {
    const receipt = await send(ids.documents);
    const a = await anna();
    const ref = receipt.reference;
    await open(a, ref);
    const upload = (body: Uint8Array, type = 'application/pdf') =>
      target().fetch(submissionDocumentsPath(ref), {
        method: 'POST',
        headers: {
          [abrufcodeHeader]: receipt.abrufcode,
          'Content-Type': type,
          [fileNameHeader]: encodeURIComponent('Rentenbescheid 2026.pdf'),
        },
        body: body as Uint8Array<ArrayBuffer>,
      });
    await expectProblem(await upload(pdf()), 409, submissionProblemCodes.noOpenRequest);

    const request = (dueOn: string) =>
      call(a, caseDecisionPath(ref), {
        body: { kind: 'requestDocuments', documents: ['Rentenbescheid 2026'], dueOn },
      });
    await expectProblem(await request(addDays(today(), 13)), 400, 'request.invalid');
    const dueOn = addDays(today(), 30);
    const requested = await stateOf(await request(dueOn));
    expect(requested.documentRequests).toMatchObject([
      { documents: ['Rentenbescheid 2026'], dueOn, by: { id: a.id } },
    ]);
    expect(requested.decision).toBeNull();
    expect(requested.status).toBe('in-bearbeitung');
    expect(requested.letters.map((letter) => letter.kind)).toEqual(['unterlagen-angefordert']);

    const status = await applicantState(receipt);
    expect(status.documentRequests).toEqual([
      { documents: ['Rentenbescheid 2026'], dueOn, requestedAt: requested.documentRequests[0]!.requestedAt },
    ]);
    expect(status.letters).toEqual(requested.letters);
    const letter = await target().fetch(submissionLetterPath(ref, requested.letters[0]!.id), {
      headers: { [abrufcodeHeader]: receipt.abrufcode },
    });
    expect(await pdfStart(letter)).toBe('%PDF-');

    await expectProblem(
      await upload(new TextEncoder().encode('not a pdf')),
      422,
      submissionProblemCodes.documentInvalid,
    );
    const sent = await upload(pdf());
    const sentText = await sent.text();
    expect(sent.status, sentText).toBe(201);
    expect(JSON.parse(sentText)).toMatchObject({ name: 'Rentenbescheid 2026.pdf' });

    const after = await stateOf(await call(a, caseReviewPath(ref)));
    expect(after.uploads).toMatchObject([{ name: 'Rentenbescheid 2026.pdf', mediaType: 'application/pdf' }]);
    const file = await call(a, caseUploadPath(ref, after.uploads[0]!.id));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/^application\/pdf/);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdf());
    await expectProblem(
      await call(a, caseUploadPath(ref, after.uploads[0]!.id + 1000)),
      404,
      reviewCodes.itemNotFound,
    );
    expect((await applicantState(receipt)).uploads).toEqual([
      { name: 'Rentenbescheid 2026.pdf', receivedAt: after.uploads[0]!.receivedAt },
    ]);

    const lines = await history(a, ref);
    for (const line of [
      `${a.displayName}:case.decision:requestDocuments:refused`,
      `${a.displayName}:case.decision:requestDocuments:ok`,
      `${a.displayName}:case.letter:${requested.letters[0]!.id}:ok`,
      'none:submission.document::refused',
      `none:submission.document:${after.uploads[0]!.id}:ok`,
      `${a.displayName}:case.upload.view:${after.uploads[0]!.id}:ok`,
    ])
      expect(lines).toContain(line);
  });
});
