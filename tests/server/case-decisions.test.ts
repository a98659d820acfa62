import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attachmentViewedPath,
  caseBundlePath,
  caseDecisionPath,
  caseLetterPath,
  caseReviewPath,
  caseReviewStateSchema,
  caseUploadPath,
  incomeCheckPath,
  receiptMarkPath,
  secondApprovalPath,
  type CaseReviewState,
} from '../../src/api/contracts/case-review';
import { caseHistoryPath, caseHistorySchema } from '../../src/api/contracts/caseworker-auth';
import {
  submissionDocumentsPath,
  submissionLetterPath,
  submissionStateSchema,
  type SubmissionReceipt,
} from '../../src/api/contracts/submission';
import { pdf } from '../../src/documents/bundle/bundle-fixtures.test-support';
import { readApplicationBundle } from '../../src/documents/bundle/application-document-check';
import { applicationBundle, exampleApplication } from '../support/application-bundle';
import { caseworkerClient, type CaseworkerClient } from '../support/caseworker-sessions';
import { lookUpStatus, submitBundle } from '../support/submit';
import { startTestServer, type TestServer } from '../support/test-server';

/*
 * The caseworker's case on the server (issue 13): opening, marks, the audit trail, the decision with four eyes,
 * the letter and the applicant's view of it, requests for documents and the applicant's answer.
 */

const example = exampleApplication();
// The example's calculation: limit 254.69 €, paid 503.50 €, reached on 30 June, refund 248.81 €.
const largestReceipt = [...example.receipts].sort((a, b) => b.amountCents - a.amountCents)[0]!;

const state = async (response: Response): Promise<CaseReviewState> => {
  expect(response.status, await response.clone().text()).toBe(200);
  return caseReviewStateSchema.parse(await response.json());
};

async function textOf(response: Response): Promise<string> {
  expect(response.headers.get('content-type')).toMatch(/application\/pdf/);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return new TextDecoder('latin1').decode(bytes.subarray(0, 5));
}

describe('a case in the caseworker’s hands (server on PGlite)', () => {
  let server: TestServer;
  let anna: CaseworkerClient;
  let ben: CaseworkerClient;
  const submit = async (id: string): Promise<SubmissionReceipt> =>
    submitBundle(server.url, applicationBundle({ applicationId: `ZBA-${id}` }));

  beforeAll(async () => {
    server = await startTestServer({ database: 'pglite', env: { FOUR_EYES_REFUND_EUROS: '200' } });
    server.clock!.set(new Date('2026-12-07T09:00:00Z'));
    anna = await caseworkerClient(server, 'anna.test', 'Anna Prüferin');
    ben = await caseworkerClient(server, 'ben.test', 'Ben Zweitblick');
  });
  afterAll(() => server.stop());

  it('opens the bundle as received for the one who opens it first, audited, and tells others who has it', async () => {
    const receipt = await submit('0000000000A1');
    const response = await anna.fetch(caseBundlePath(receipt.reference));
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const read = readApplicationBundle(bytes);
    expect(read.ok).toBe(true);

    const taken = await ben.fetch(caseBundlePath(receipt.reference));
    expect(taken.status).toBe(409);
    expect(await taken.json()).toMatchObject({ assignedTo: { displayName: 'Anna Prüferin' } });

    const status = submissionStateSchema.parse(
      await (await lookUpStatus(server.url, receipt.reference, receipt.abrufcode)).json(),
    );
    expect(status.status).toBe('in-bearbeitung');

    const history = caseHistorySchema.parse(
      await (await anna.fetch(caseHistoryPath(receipt.reference))).json(),
    );
    const actions = history.entries.map(
      (entry) => `${entry.actorName ?? entry.actorRole}:${entry.action}:${entry.outcome}`,
    );
    expect(actions).toContain('Anna Prüferin:case.open:ok');
    expect(actions).toContain('Ben Zweitblick:case.open:refused');
  });

  it('records marks, income ticks and viewed attachments with their ids in the audit trail, never the reasons typed', async () => {
    const receipt = await submit('0000000000A2');
    await anna.fetch(caseBundlePath(receipt.reference));
    const refused = await anna.fetch(receiptMarkPath(receipt.reference, largestReceipt.id), {
      method: 'PUT',
      body: { mark: 'notCountable', reason: '' },
    });
    expect(refused.status).toBe(400);

    const marked = await state(
      await anna.fetch(receiptMarkPath(receipt.reference, largestReceipt.id), {
        method: 'PUT',
        body: { mark: 'notCountable', reason: 'Zahnersatz: Eigenanteil, keine Zuzahlung' },
      }),
    );
    expect(marked.receiptMarks).toMatchObject([
      { receiptId: largestReceipt.id, mark: 'notCountable', by: { displayName: 'Anna Prüferin' } },
    ]);
    const income = example.incomes[0]!;
    const checked = await state(
      await anna.fetch(incomeCheckPath(receipt.reference, income.id), {
        method: 'PUT',
        body: { checked: true },
      }),
    );
    expect(checked.incomeChecks.map((entry) => entry.incomeId)).toEqual([income.id]);

    const fileId = example.attachments[0]!.fileId;
    const viewed = await anna.fetch(attachmentViewedPath(receipt.reference), { body: { fileId } });
    expect(viewed.status).toBe(204);

    const rows = await server.db.query<{ action: string; detail: string | null }>(
      'SELECT action, detail FROM audit_log WHERE object_ref = $1 ORDER BY id',
      [receipt.reference],
    );
    expect(rows.rows).toEqual(
      expect.arrayContaining([
        { action: 'case.mark', detail: `${largestReceipt.id}:notCountable` },
        { action: 'case.income-check', detail: `${income.id}:checked` },
        { action: 'case.attachment.view', detail: fileId },
      ]),
    );
    // The reason a caseworker typed is a case's content, not a log's.
    expect(JSON.stringify(rows.rows)).not.toContain('Zahnersatz');
  });

  it('approves with the recomputed figures; the applicant sees the decision, the Bescheid and the cards', async () => {
    const receipt = await submit('0000000000A3');
    await anna.fetch(caseBundlePath(receipt.reference));
    // Leaving out the largest receipt lowers the refund below the four-eyes amount of 200 €.
    await anna.fetch(receiptMarkPath(receipt.reference, largestReceipt.id), {
      method: 'PUT',
      body: { mark: 'notCountable', reason: 'Zahnersatz' },
    });
    const decided = await state(
      await anna.fetch(caseDecisionPath(receipt.reference), { body: { kind: 'approve' } }),
    );
    const refund = example.calculation.refundCents - largestReceipt.amountCents;
    expect(refund).toBeLessThanOrEqual(20_000);
    expect(decided.decision).toMatchObject({
      kind: 'approve',
      state: 'final',
      refundCents: refund,
      exemptUntil: '2026-12-31',
      secondBy: null,
    });
    expect(decided.status).toBe('entschieden');
    expect(decided.letters.map((letter) => letter.kind)).toEqual(['bescheid']);

    const status = submissionStateSchema.parse(
      await (await lookUpStatus(server.url, receipt.reference, receipt.abrufcode)).json(),
    );
    expect(status.decision).toMatchObject({
      outcome: 'befreit',
      validUntil: '2026-12-31',
      refundCents: refund,
      electronicNotification: false,
    });
    // Everyone counted and insured here gets a card; the spouse is insured elsewhere.
    expect(status.exemptions?.map((card) => card.memberId).sort()).toEqual(['applicant', 'c1', 'c2']);
    const letter = status.letters?.[0];
    expect(letter?.kind).toBe('bescheid');
    const pdfResponse = await fetch(
      new URL(submissionLetterPath(receipt.reference, letter!.id), server.url),
      {
        headers: { 'X-Abrufcode': receipt.abrufcode },
      },
    );
    expect(await textOf(pdfResponse)).toBe('%PDF-');
    const wrongCode = await fetch(new URL(submissionLetterPath(receipt.reference, letter!.id), server.url), {
      headers: { 'X-Abrufcode': 'ABCD-EFGH-JKLM' },
    });
    expect(wrongCode.status).not.toBe(200);

    // Decided: marks are frozen and a second decision is refused.
    const late = await anna.fetch(receiptMarkPath(receipt.reference, example.receipts[0]!.id), {
      method: 'PUT',
      body: { mark: 'duplicate', reason: 'doppelt' },
    });
    expect(late.status).toBe(409);
    const again = await anna.fetch(caseDecisionPath(receipt.reference), {
      body: { kind: 'reject', reason: 'Noch einmal entscheiden' },
    });
    expect(again.status).toBe(409);
    expect((await anna.fetch(caseLetterPath(receipt.reference, letter!.id))).status).toBe(200);
  });

  it('needs a second, different caseworker for a refund above the four-eyes amount', async () => {
    const receipt = await submit('0000000000A4');
    await anna.fetch(caseBundlePath(receipt.reference));
    const proposed = await state(
      await anna.fetch(caseDecisionPath(receipt.reference), { body: { kind: 'approve' } }),
    );
    expect(proposed.decision).toMatchObject({
      state: 'awaitingSecond',
      refundCents: example.calculation.refundCents,
    });
    expect(proposed.letters).toEqual([]);
    expect(proposed.status).toBe('in-bearbeitung');

    const self = await anna.fetch(secondApprovalPath(receipt.reference), { method: 'POST' });
    expect(self.status).toBe(403);
    expect(await self.json()).toMatchObject({ code: 'case.sameCaseworker' });

    // The database itself refuses the proposer as the second, whatever the API does.
    await expect(
      server.db.query(
        `UPDATE case_decisions SET state = 'final', second_by = proposed_by, second_at = now() WHERE reference = $1`,
        [receipt.reference],
      ),
    ).rejects.toThrow();

    // Ben may read the case while it awaits his approval, and approves.
    expect((await ben.fetch(caseReviewPath(receipt.reference))).status).toBe(200);
    const approved = await state(await ben.fetch(secondApprovalPath(receipt.reference), { method: 'POST' }));
    expect(approved.decision).toMatchObject({
      state: 'final',
      proposedBy: { displayName: 'Anna Prüferin' },
      secondBy: { displayName: 'Ben Zweitblick' },
    });
    expect(approved.status).toBe('entschieden');
    expect(approved.letters).toHaveLength(1);
    // The co-signer may still look at what he approved.
    expect((await ben.fetch(caseReviewPath(receipt.reference))).status).toBe(200);
    const twice = await ben.fetch(secondApprovalPath(receipt.reference), { method: 'POST' });
    expect(twice.status).toBe(409);
  });

  it('rejects with a reason; an approval is refused while the counted co-payments stay below the limit', async () => {
    const receipt = await submit('0000000000A5');
    await anna.fetch(caseBundlePath(receipt.reference));
    for (const r of example.receipts) {
      await anna.fetch(receiptMarkPath(receipt.reference, r.id), {
        method: 'PUT',
        body: { mark: 'illegible', reason: 'nicht lesbar' },
      });
    }
    const refused = await anna.fetch(caseDecisionPath(receipt.reference), { body: { kind: 'approve' } });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: 'case.limitNotReached' });
    const rejected = await state(
      await anna.fetch(caseDecisionPath(receipt.reference), {
        body: { kind: 'reject', reason: 'Die Belege sind nicht lesbar und wurden nicht ersetzt.' },
      }),
    );
    expect(rejected.decision).toMatchObject({ kind: 'reject', state: 'final' });
    const status = submissionStateSchema.parse(
      await (await lookUpStatus(server.url, receipt.reference, receipt.abrufcode)).json(),
    );
    expect(status.decision).toMatchObject({
      outcome: 'abgelehnt',
      reason: expect.stringContaining('nicht lesbar'),
    });
    expect(status.exemptions).toBeUndefined();
  });

  it('requests documents with a deadline; the applicant answers with a file the caseworker can open', async () => {
    const receipt = await submit('0000000000A6');
    await anna.fetch(caseBundlePath(receipt.reference));
    const upload = (body: Uint8Array<ArrayBuffer>, type = 'application/pdf') =>
      fetch(new URL(submissionDocumentsPath(receipt.reference), server.url), {
        method: 'POST',
        headers: {
          'X-Abrufcode': receipt.abrufcode,
          'Content-Type': type,
          'X-File-Name': encodeURIComponent('Rentenbescheid 2026.pdf'),
        },
        body,
      });
    expect((await upload(pdf())).status).toBe(409);

    const tooSoon = await anna.fetch(caseDecisionPath(receipt.reference), {
      body: { kind: 'requestDocuments', documents: ['Rentenbescheid 2026'], dueOn: '2026-12-10' },
    });
    expect(tooSoon.status).toBe(400);
    const requested = await state(
      await anna.fetch(caseDecisionPath(receipt.reference), {
        body: { kind: 'requestDocuments', documents: ['Rentenbescheid 2026'], dueOn: '2027-01-08' },
      }),
    );
    expect(requested.documentRequests).toMatchObject([
      { documents: ['Rentenbescheid 2026'], dueOn: '2027-01-08' },
    ]);
    expect(requested.decision).toBeNull();
    expect(requested.letters.map((letter) => letter.kind)).toEqual(['unterlagen-angefordert']);

    const status = submissionStateSchema.parse(
      await (await lookUpStatus(server.url, receipt.reference, receipt.abrufcode)).json(),
    );
    expect(status.documentRequests).toMatchObject([
      { documents: ['Rentenbescheid 2026'], dueOn: '2027-01-08' },
    ]);

    expect((await upload(new Uint8Array(new TextEncoder().encode('not a pdf')))).status).toBe(422);
    const sent = await upload(pdf());
    expect(sent.status).toBe(201);
    const after = await state(await anna.fetch(caseReviewPath(receipt.reference)));
    expect(after.uploads).toMatchObject([{ name: 'Rentenbescheid 2026.pdf', mediaType: 'application/pdf' }]);
    const opened = await anna.fetch(caseUploadPath(receipt.reference, after.uploads[0]!.id));
    expect(opened.status).toBe(200);
    expect(new Uint8Array(await opened.arrayBuffer())).toEqual(pdf());
  });
});
