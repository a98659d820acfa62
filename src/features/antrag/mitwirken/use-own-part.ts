import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../../api/api-error';
import type { MemberPartState } from '../../../api/contracts/invitations';
import { fetchMemberSession, fetchOwnPartState } from '../../../api/invitation-client';

/**
 * The member's part as the server has it. 'session': the member's session has ended (idle, 4 hours, a reload
 * after the server restarted): the code and date of birth open it again, and the draft is still here. 'gone': the
 * invitation expired, was withdrawn or locked.
 */
export type OwnPart =
  | { status: 'loading' }
  | { status: 'ready'; part: MemberPartState }
  | { status: 'session' }
  | { status: 'gone' }
  | { status: 'error' };

export function ownPartStatus(error: unknown): OwnPart {
  if (!(error instanceof ApiError)) return { status: 'error' };
  if (error.status === 401) return { status: 'session' };
  if (error.status === 410 || error.status === 423) return { status: 'gone' };
  return { status: 'error' };
}

export function useOwnPart(): { part: OwnPart; reload: () => void; set: (part: OwnPart) => void } {
  const [part, setPart] = useState<OwnPart>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let cancelled = false;
    // The session first: after a reload it brings back the CSRF token the member's changes need.
    void fetchMemberSession()
      .then(() => fetchOwnPartState())
      .then(
        (state) => !cancelled && setPart({ status: 'ready', part: state }),
        (error: unknown) => !cancelled && setPart(ownPartStatus(error)),
      );
    return () => {
      cancelled = true;
    };
  }, [round]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  return { part, reload, set: setPart };
}
