import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applicationInvitationPartPath,
  changeRequestDays,
  changeRequestPath,
  invitationProblemCodes as codes,
  memberPartPath,
  memberPartStateSchema,
  type InvitationRequest,
} from '../../src/api/contracts/invitations';
import { runBundleCli } from '../../src/cli/run-bundle-cli';
import { readMemberPartBag } from '../../src/documents/member-part/read-member-part-bag';
import { deleteInvitationData } from '../../src/server/retention/invitation-retention';
import { invitationSteps } from '../support/invitation-steps';
import { startTestServer, type TestServer } from '../support/test-server';

/*
 * The member's part on the server (issue 14) beyond the contract suite: the stored bytes are the bag as handed in
 * and pass the reader (`bundle verify`) on their own; the audit log and the server's log hold no name, birth date,
 * provider or amount of it; once the application is sent nothing changes (409); another member's session reaches
 * only its own part; a change request keeps the invitation open long enough to make the change; the part goes
 * with its application in progress when retention deletes that.
 */

const dayMs = 24 * 60 * 60 * 1000;
const spouse: InvitationRequest = {
  memberId: 's1',
  relation: 'spouse',
  givenName: 'Bernadette',
  familyName: 'Quastenberg',
  birthDate: '1968-03-14',
};
const adultChild: InvitationRequest = {
  ...spouse,
  memberId: 'c1',
  relation: 'child',
  birthDate: '2001-05-06',
};

describe("the member's part on the server", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ database: 'pglite', mode: 'demo' });
  });
  afterAll(() => server.stop());

  const call = (path: string, init: RequestInit = {}) => fetch(new URL(path, server.url), init);

  const { register, applicant, invite, openAsMember, bagFor, putPart } = invitationSteps(call, {
    applicantGivenName: 'Annegret',
    member: spouse,
  });

  const storedPart = async (invitationId: string) => {
    const result = await server.db.query<{ sha256: string; base64: string }>(
      "SELECT sha256, encode(bytes, 'base64') AS base64 FROM member_parts WHERE invitation_id = $1",
      [invitationId],
    );
    const row = result.rows[0];
    return row && { sha256: row.sha256, bytes: new Uint8Array(Buffer.from(row.base64, 'base64')) };
  };

  it('stores the bag byte for byte; the stored bytes pass the reader and `bundle verify` on their own', async () => {
    const application = await register();
    const invitation = await invite(application);
    const member = await openAsMember(invitation);
    const bag = bagFor(invitation);
    const response = await putPart(member.change, bag);
    expect(response.status, await response.clone().text()).toBe(200);

    const stored = await storedPart(invitation.invitationId);
    if (!stored) throw new Error('no part stored');
    expect(Buffer.from(stored.bytes).equals(Buffer.from(bag))).toBe(true);
    expect(stored.sha256).toBe(createHash('sha256').update(stored.bytes).digest('hex'));
    const read = readMemberPartBag(stored.bytes, {
      sha256Hex: (bytes) => createHash('sha256').update(bytes).digest('hex'),
    });
    expect(read.ok, JSON.stringify(read.ok ? [] : read.problems)).toBe(true);
    if (read.ok) {
      expect(read.document.invitationId).toBe(invitation.invitationId);
      expect(read.document.memberId).toBe('s1');
    }
    // And `bundle verify` (the caseworker's tool) on the stored bytes alone.
    const verified = runBundleCli(['verify', 'stored-part.zip'], { readFile: () => stored.bytes, cwd: '/' });
    expect(verified.exitCode, verified.stdout + verified.stderr).toBe(0);
  });

  it('takes bags beyond the default body limit of 64 KiB (the route allows 50 MB, as for bundles)', async () => {
    const invitation = await invite(await register());
    const member = await openAsMember(invitation);
    const large = new Uint8Array(200 * 1024).fill(7);
    const response = await putPart(member.change, large);
    // Read and refused by the reader, not cut off by the body limit (413).
    expect(response.status).toBe(422);
    expect(((await response.json()) as { code: string }).code).toBe(codes.partInvalid);
  });

  it("keeps the member's names, birth date, providers and amounts out of the audit log and the server's log", async () => {
    const application = await register();
    const invitation = await invite(application);
    const member = await openAsMember(invitation);
    expect((await putPart(member.change, bagFor(invitation))).status).toBe(200);
    expect((await call(memberPartPath, { headers: { Cookie: member.cookie } })).status).toBe(200);
    const part = await call(
      applicationInvitationPartPath(application.applicationId, invitation.invitationId),
      {
        headers: applicant(application),
      },
    );
    expect(part.status).toBe(200);
    const asked = await call(changeRequestPath(application.applicationId, invitation.invitationId), {
      method: 'POST',
      headers: applicant(application),
    });
    expect(asked.status).toBe(204);
    expect((await putPart(member.change, bagFor(invitation))).status).toBe(200);
    expect((await call(memberPartPath, { method: 'DELETE', headers: member.change })).status).toBe(204);
    // A refused bag: its problems are answered, never logged.
    expect((await putPart(member.change, new TextEncoder().encode('Erika Muster'))).status).toBe(422);

    const audit = await server.db.query<{
      actor_role: string;
      actor_id: string | null;
      action: string;
      object_ref: string | null;
      detail: string | null;
      outcome: string;
    }>('SELECT actor_role, actor_id, action, object_ref, detail, outcome FROM audit_log ORDER BY id');
    const auditText = JSON.stringify(audit.rows);
    const logText = server.logText();
    for (const personal of [
      // The invitation's (the applicant typed them) and the bag's (the member's own).
      spouse.givenName,
      spouse.familyName,
      spouse.birthDate,
      'Erika',
      'Muster',
      '1958-04-12',
      'Löwen-Apotheke',
      'Physiotherapie',
      'Altersrente',
      'medicine',
      'remedies',
      // The income (1.440.000 ct a year, 120.000 a month) and the co-payments' amounts (2.830 and 1.000 ct).
      '1440000',
      '120000',
      '2830',
      '28,30',
    ]) {
      expect(auditText).not.toContain(personal);
      expect(logText).not.toContain(personal);
    }
    const entries = audit.rows
      .filter((row) => row.object_ref === invitation.invitationId || row.detail === invitation.invitationId)
      .map((row) => `${row.actor_role} ${row.action} ${row.outcome}`);
    expect(entries).toEqual(
      expect.arrayContaining([
        'member member.part.handIn ok',
        'member member.part.state ok',
        'none invitation.part ok',
        'none invitation.part.changeRequest ok',
        'member member.part.withdraw ok',
        'member member.part.handIn refused',
      ]),
    );
  });

  it('refuses changes once the application was sent (409); reading stays open', async () => {
    const application = await register();
    const invitation = await invite(application);
    const member = await openAsMember(invitation);
    expect((await putPart(member.change, bagFor(invitation))).status).toBe(200);
    // The sending slice sets it; here the database stands in.
    await server.db.query('UPDATE applications_in_progress SET sent_at = now() WHERE id = $1', [
      application.applicationId,
    ]);
    const refusals = [
      await putPart(member.change, bagFor(invitation)),
      await call(memberPartPath, { method: 'DELETE', headers: member.change }),
      await call(changeRequestPath(application.applicationId, invitation.invitationId), {
        method: 'POST',
        headers: applicant(application),
      }),
    ];
    for (const refused of refusals) {
      expect(refused.status).toBe(409);
      expect(((await refused.json()) as { code: string }).code).toBe(codes.applicationSent);
    }
    expect(
      (
        await call(applicationInvitationPartPath(application.applicationId, invitation.invitationId), {
          headers: applicant(application),
        })
      ).status,
    ).toBe(200);
    const own = memberPartStateSchema.parse(
      await (await call(memberPartPath, { headers: { Cookie: member.cookie } })).json(),
    );
    expect(own.state).toBe('handedIn');
    expect((await storedPart(invitation.invitationId))?.sha256).toBe(own.sha256);
  });

  it("keeps each member to their own part: another member's session neither sees nor replaces it", async () => {
    const application = await register();
    const first = await invite(application, spouse);
    const second = await invite(application, adultChild);
    const spouseDevice = await openAsMember(first, spouse);
    const childDevice = await openAsMember(second, adultChild);
    expect((await putPart(spouseDevice.change, bagFor(first, spouse))).status).toBe(200);

    const childOwn = memberPartStateSchema.parse(
      await (await call(memberPartPath, { headers: { Cookie: childDevice.cookie } })).json(),
    );
    expect(childOwn).toEqual({ state: 'opened', changeRequested: false, applicationSent: false });
    // The spouse's bag sent with the child's session: not this invitation's.
    const foreign = await putPart(childDevice.change, bagFor(first, spouse));
    expect(foreign.status).toBe(422);
    expect(((await foreign.json()) as { code: string }).code).toBe(codes.partNotThisInvitation);
    // The child withdrawing withdraws nothing of the spouse's.
    expect((await call(memberPartPath, { method: 'DELETE', headers: childDevice.change })).status).toBe(204);
    expect(await storedPart(first.invitationId)).toBeDefined();
    // Nor can the child read the spouse's summary through the applicant's endpoint.
    const asChild = await call(applicationInvitationPartPath(application.applicationId, first.invitationId), {
      headers: { ...applicant(application), Cookie: childDevice.cookie },
    });
    expect(asChild.status).toBe(403);
  });

  it('keeps the invitation open at least 14 days after a change request, so the member can make the change', async () => {
    const application = await register();
    const invitation = await invite(application);
    const member = await openAsMember(invitation);
    expect((await putPart(member.change, bagFor(invitation))).status).toBe(200);
    // Handed in an hour before the expiry.
    await server.db.query("UPDATE invitations SET expires_at = now() + interval '1 hour' WHERE id = $1", [
      invitation.invitationId,
    ]);
    const before = Date.now();
    const asked = await call(changeRequestPath(application.applicationId, invitation.invitationId), {
      method: 'POST',
      headers: applicant(application),
    });
    expect(asked.status).toBe(204);
    const row = await server.db.query<{ expires_at: Date }>(
      'SELECT expires_at FROM invitations WHERE id = $1',
      [invitation.invitationId],
    );
    expect(new Date(row.rows[0]?.expires_at ?? 0).getTime()).toBeGreaterThanOrEqual(
      before + changeRequestDays * dayMs - 1000,
    );
    expect(await storedPart(invitation.invitationId)).toBeUndefined();
    expect((await putPart(member.change, bagFor(invitation))).status).toBe(200);
  });

  it('deletes a part with its application in progress when retention deletes that', async () => {
    const application = await register();
    const invitation = await invite(application);
    const member = await openAsMember(invitation);
    expect((await putPart(member.change, bagFor(invitation))).status).toBe(200);
    await server.db.query(
      "UPDATE applications_in_progress SET created_at = now() - interval '100 days' WHERE id = $1",
      [application.applicationId],
    );
    const today = new Date().toISOString().slice(0, 10);
    const counts = await deleteInvitationData(server.db, 'applications-in-progress', today, new Date());
    expect(counts.applicationsInProgress).toBeGreaterThanOrEqual(1);
    expect(await storedPart(invitation.invitationId)).toBeUndefined();
  });
});
