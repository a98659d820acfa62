import { useEffect } from 'react';
import { fetchMemberPartSummary, listInvitations } from '../../../api/invitation-client';
import type { MemberPartSummary } from '../../../domain/member-part/member-part-summary';
import { useDraft } from '../draft/draft-context';

/** How often the applicant's app asks whether a member handed in, while the page is visible. */
const pollMs = 30_000;

/**
 * Keeps the members' parts in the applicant's draft as the server has them (issue 14): a part handed in arrives
 * (its summary only: income sum, dated co-payments, the 1 % flag and its SHA-256), a part withdrawn or sent back
 * for changes goes, a part handed in again replaces the earlier one. Asked on arrival, every 30 seconds while the
 * page is visible, and when the user comes back to it. A failed request changes nothing: the draft keeps what it
 * had, and the next round asks again.
 */
export function MemberPartsSync() {
  const { draft, updateInvitations } = useDraft();
  const credentials = draft?.invitations;
  const applicationId = credentials?.applicationId;
  const applicationSecret = credentials?.applicationSecret;
  useEffect(() => {
    if (applicationId === undefined || applicationSecret === undefined || !updateInvitations) return;
    const creds = { applicationId, applicationSecret };
    let cancelled = false;
    const sync = async () => {
      if (document.visibilityState !== 'visible') return;
      const { invitations } = await listInvitations(creds);
      const parts: MemberPartSummary[] = [];
      for (const invitation of invitations.filter((entry) => entry.state === 'handedIn'))
        parts.push(await fetchMemberPartSummary(creds, invitation.invitationId));
      if (cancelled) return;
      updateInvitations((previous) =>
        previous === undefined || sameParts(previous.parts, parts) ? previous : { ...previous, parts },
      );
    };
    const run = () => void sync().catch(() => undefined);
    run();
    const timer = window.setInterval(run, pollMs);
    document.addEventListener('visibilitychange', run);
    return () => {
      cancelled = true;
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', run);
    };
    // updateInvitations changes with every save; the round needs only the credentials.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [applicationId, applicationSecret]);
  return null;
}

const key = (part: MemberPartSummary) => `${part.invitationId}:${part.sha256}`;
const sameParts = (a: readonly MemberPartSummary[], b: readonly MemberPartSummary[]) =>
  a.length === b.length && a.map(key).sort().join() === b.map(key).sort().join();
