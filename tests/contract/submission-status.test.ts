import { expect, it } from 'vitest';
import {
  submissionProblemCodes as codes,
  submissionStateSchema,
  type SubmissionReceipt,
} from '../../src/api/contracts/submission';
import { abrufcodeAlphabet } from '../../src/domain/identifiers/abrufcode';
import { expectProblem, getState, submit } from './support/contract-requests';
import type { ContractTarget } from './support/contract-target';
import { describeEachTarget } from './support/use-target';

/** Another code in the printed form: one character changed, so it is well-formed and wrong. */
function otherCode(code: string): string {
  const last = code.at(-1) ?? '0';
  const replacement = abrufcodeAlphabet[(abrufcodeAlphabet.indexOf(last) + 1) % abrufcodeAlphabet.length];
  return `${code.slice(0, -1)}${replacement}`;
}

describeEachTarget('GET /api/v1/submissions/:reference', (target: () => ContractTarget) => {
  const submitted = (name: string): Promise<SubmissionReceipt> => submit(target(), name);

  it('answers 200 with the state when the X-Abrufcode header carries the receipt’s code', async () => {
    const receipt = await submitted('state');
    const response = await getState(target(), receipt.reference, receipt.abrufcode);
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const state = submissionStateSchema.parse(await response.json());
    expect(state).toMatchObject({
      reference: receipt.reference,
      status: 'eingegangen',
      manifestSha256: receipt.manifestSha256,
    });
    expect(Date.parse(state.receivedAt)).toBe(Date.parse(receipt.receivedAt));
  });

  it('accepts the code as a person types it: lower case, with spaces instead of dashes', async () => {
    const receipt = await submitted('typed');
    const typed = receipt.abrufcode.toLowerCase().replaceAll('-', ' ');
    const response = await getState(target(), receipt.reference, typed);
    expect(response.status).toBe(200);
    expect(submissionStateSchema.parse(await response.json()).reference).toBe(receipt.reference);
  });

  it('answers a wrong code with 404 submission.notFound, byte for byte the answer to an unknown reference', async () => {
    const receipt = await submitted('wrong-code');
    const other = await submitted('wrong-code-other');
    const wrongCode = await getState(target(), receipt.reference, otherCode(receipt.abrufcode));
    const wrongText = await wrongCode.clone().text();
    await expectProblem(wrongCode, 404, codes.notFound);
    // Another submission's code opens only that submission.
    const foreignCode = await getState(target(), receipt.reference, other.abrufcode);
    const unknownReference = await getState(target(), 'ZB-2026-999999', receipt.abrufcode);
    const malformedReference = await getState(target(), 'ZB-kein-Aktenzeichen', receipt.abrufcode);
    for (const response of [foreignCode, unknownReference, malformedReference]) {
      const text = await response.clone().text();
      await expectProblem(response, 404, codes.notFound);
      expect(text).toBe(wrongText);
      expect(response.headers.get('Content-Type')).toBe(wrongCode.headers.get('Content-Type'));
    }
  });

  it('answers 400 abrufcode.missing without the header or with a code that cannot be one', async () => {
    const receipt = await submitted('missing');
    await expectProblem(await getState(target(), receipt.reference), 400, codes.abrufcodeMissing);
    await expectProblem(await getState(target(), receipt.reference, ''), 400, codes.abrufcodeMissing);
    await expectProblem(
      await getState(target(), receipt.reference, 'ABCD-1234'),
      400,
      codes.abrufcodeMissing,
    );
    await expectProblem(await getState(target(), 'ZB-2026-999999'), 400, codes.abrufcodeMissing);
  });

  it('never takes the code from the query string', async () => {
    const receipt = await submitted('query');
    const code = encodeURIComponent(receipt.abrufcode);
    for (const query of [`?abrufcode=${code}`, `?X-Abrufcode=${code}`, `?code=${code}`]) {
      await expectProblem(
        await getState(target(), receipt.reference, undefined, query),
        400,
        codes.abrufcodeMissing,
      );
    }
  });
});
