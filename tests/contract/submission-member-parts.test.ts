import { createHash, randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import {
  caseMemberPartListSchema,
  caseMemberPartPath,
  caseMemberPartsPath,
  caseReviewProblemCodes as reviewCodes,
} from '../../src/api/contracts/case-review';
import {
  applicantPartSchema,
  applicationInvitationPartPath,
  applicationSecretHeader,
  invitationProblemCodes,
  memberLogoutPath,
  memberPartPath,
  memberSessionCookie,
  type CreatedInvitation,
} from '../../src/api/contracts/invitations';
import { submissionProblemCodes as codes } from '../../src/api/contracts/submission';
import { caseworkerProblemCodes as authCodes } from '../../src/api/contracts/caseworker-auth';
import { memberPartBag } from '../../src/documents/member-part/member-part-fixtures.test-support';
import { readMemberPartBag } from '../../src/documents/member-part/read-member-part-bag';
import type { MemberPartSummary } from '../../src/domain/member-part/member-part-summary';
import { demoCaseworker } from '../../src/server/demo/demo-caseworker';
import { bundleCitingParts } from '../support/application-bundle';
import { invitationSteps } from '../support/invitation-steps';
import { logIn, type Caseworker } from './support/caseworker-login';
import { expectProblem, postBundle, receiptOf } from './support/contract-requests';
import { describeEachTarget } from './support/use-target';

/*
 * Sending an application that cites a member's part (issue 14, ADR 0025) against the mock and the server on
 * PGlite and PostgreSQL: a part the server does not hold as cited is refused (422, naming the member's id only);
 * a cited handed-in part is kept with the case, the application counts as sent (the member's part is final: 409)
 * and the member's session ends; a retry with the same key is a replay; the caseworker lists the case's parts and
 * fetches each bag, which the member part reader accepts.
 */

const applicantDevice = { Cookie: `${memberSessionCookie}=` };
const spouse = {
  memberId: 's1',
  relation: 'spouse',
  givenName: 'Maria',
  familyName: 'Beispiel',
  birthDate: '1980-01-09',
} as const;

describeEachTarget('sending an application that cites members’ parts', (target) => {
  let caseworker: Caseworker | undefined;
  const anna = async () => (caseworker ??= await logIn(target(), demoCaseworker));

  const steps = invitationSteps((path, init) => target().fetch(path, init), {
    applicantGivenName: 'Anna',
    member: spouse,
    applicantHeaders: applicantDevice,
  });
  const { register, invite, putPart } = steps;
  /** The member's device: the headers of a state change (cookie and CSRF token). */
  const openAsMember = async (invitation: CreatedInvitation) => (await steps.openAsMember(invitation)).change;

  /** A registered application whose spouse handed in the fixtures' part: what the applicant's app then holds. */
  const handedIn = async () => {
    const application = await register();
    const invitation = await invite(application);
    const member = await openAsMember(invitation);
    const bag = memberPartBag({ invitationId: invitation.invitationId, memberId: 's1', year: 2026 });
    const put = await putPart(member, bag);
    expect(put.status, await put.clone().text()).toBe(200);
    const read = await target().fetch(
      applicationInvitationPartPath(application.applicationId, invitation.invitationId),
      { headers: { ...applicantDevice, [applicationSecretHeader]: application.applicationSecret } },
    );
    expect(read.status).toBe(200);
    const summary: MemberPartSummary = applicantPartSchema.parse(await read.json());
    return { invitation, member, bag, summary };
  };

  it('refuses a cited part that is not handed in as cited (422 naming the member id only) and stores nothing', async () => {
    const { summary } = await handedIn();
    const key = randomUUID();
    for (const [name, cited] of [
      ['ZBA-0000000D0001', { ...summary, sha256: 'cd'.repeat(32) }],
      ['ZBA-0000000D0002', { ...summary, invitationId: randomUUID() }],
      ['ZBA-0000000D0003', { ...summary, incomeCents: summary.incomeCents + 100 }],
    ] as const) {
      const problem = await expectProblem(
        await postBundle(target(), bundleCitingParts(name, [cited]), { key }),
        422,
        codes.memberPartUnknown,
      );
      const text = JSON.stringify(problem);
      expect(problem.errors?.[0]?.message, name).toContain('s1');
      // Neither the member's figures nor the part's hash.
      expect(text).not.toContain(String(cited.incomeCents));
      expect(text).not.toContain(cited.sha256);
    }
    // Nothing was stored under the key: the same key with the right citation is a first arrival.
    const sent = await postBundle(target(), bundleCitingParts('ZBA-0000000D0009', [summary]), { key });
    expect(sent.headers.get('Idempotent-Replayed')).toBeNull();
    await receiptOf(sent);
  });

  it('keeps a cited part with the case, makes it final (409) and ends the member’s session; a retry replays', async () => {
    const { invitation, member, bag, summary } = await handedIn();
    const key = randomUUID();
    const bundle = bundleCitingParts('ZBA-0000000D0010', [summary]);
    const receipt = await receiptOf(await postBundle(target(), bundle, { key }));

    // The member's session ended with the sending; opened again, their part is final.
    await expectProblem(await putPart(member, bag), 401, authCodes.unauthenticated);
    const again = await openAsMember(invitation);
    // The member's app learns it before trying: the part's state says the application was sent.
    const own = await target().fetch(memberPartPath, { headers: again });
    expect(await own.json()).toMatchObject({ state: 'handedIn', applicationSent: true });
    await expectProblem(await putPart(again, bag), 409, invitationProblemCodes.applicationSent);
    await expectProblem(
      await target().fetch(memberPartPath, { method: 'DELETE', headers: again }),
      409,
      invitationProblemCodes.applicationSent,
    );

    // The same key and bundle once more: the first answer, marked as a replay.
    const replay = await postBundle(target(), bundle, { key });
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await receiptOf(replay)).toEqual(receipt);

    // The member logs out (msw keeps one cookie jar for the mock's origin, as one browser would).
    expect((await target().fetch(memberLogoutPath, { method: 'POST', headers: again })).status).toBe(204);

    // The caseworker lists the case's parts and fetches the bag byte for byte.
    const who = await anna();
    const listed = await target().fetch(caseMemberPartsPath(receipt.reference), { headers: who.headers });
    const listText = await listed.text();
    expect(listed.status, listText).toBe(200);
    expect(listed.headers.get('cache-control')).toBe('no-store');
    const sha256 = createHash('sha256').update(bag).digest('hex');
    expect(caseMemberPartListSchema.parse(JSON.parse(listText))).toEqual([
      { memberId: 's1', invitationId: invitation.invitationId, sha256, byteLength: bag.byteLength },
    ]);
    const fetched = await target().fetch(caseMemberPartPath(receipt.reference, invitation.invitationId), {
      headers: who.headers,
    });
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('content-type')).toMatch(/^application\/zip/);
    expect(fetched.headers.get('cache-control')).toBe('no-store');
    const bytes = new Uint8Array(await fetched.arrayBuffer());
    expect(bytes).toEqual(new Uint8Array(bag));
    const read = readMemberPartBag(bytes);
    expect(read.ok && read.document.memberId).toBe('s1');

    await expectProblem(
      await target().fetch(caseMemberPartPath(receipt.reference, randomUUID()), { headers: who.headers }),
      404,
      reviewCodes.itemNotFound,
    );
    await expectProblem(
      await target().fetch(caseMemberPartPath(receipt.reference, 'not-an-id'), { headers: who.headers }),
      404,
      reviewCodes.itemNotFound,
    );
  });
});
