import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { PageHeading } from '../../../ui/page-heading';
import { usePageTitle } from '../../../ui/use-page-title';
import { useDraft } from '../draft/draft-context';
import { memberMessages } from './member-messages';
import { forgetPendingInvitation, peekPendingInvitation } from './pending-invitation';

type Outcome = { kind: 'working' } | { kind: 'missing' } | { kind: 'yearTaken'; year: number };

/**
 * Where an opened invitation lands once the drafts are open (/antrag/mitwirken): the member's own draft for it is
 * opened, or created with the member as its person, and the member's task list follows.
 */
export function MemberStartPage() {
  const t = useMessages(memberMessages);
  const { t: core } = useI18n();
  const api = useDraft();
  const navigate = useNavigate();
  const openDraftIsMember = api.draft?.memberOf !== undefined;
  // Without an invitation just opened (a reload loses it) the link must be opened again, unless the member's
  // draft is already open.
  const [outcome, setOutcome] = useState<Outcome>(() =>
    peekPendingInvitation() !== undefined || openDraftIsMember ? { kind: 'working' } : { kind: 'missing' },
  );
  const title =
    outcome.kind === 'missing'
      ? t('start.missing.title')
      : outcome.kind === 'yearTaken'
        ? t('start.yearTaken.title', { year: outcome.year })
        : t('start.title');
  usePageTitle(title, core('app.name'));
  const { startMemberDraft } = api;

  useEffect(() => {
    const pending = peekPendingInvitation();
    if (!pending || !startMemberDraft) {
      if (openDraftIsMember) void navigate('/antrag', { replace: true });
      return;
    }
    let cancelled = false;
    const { session, token, birthDate } = pending;
    void startMemberDraft({
      year: session.year,
      birthDate,
      memberOf: {
        invitationId: session.invitationId,
        memberId: session.memberId,
        token,
        invitedBy: session.invitedBy.givenName,
        givenName: session.member.givenName,
        familyName: session.member.familyName,
        relation: session.member.relation,
        expiresAt: session.expiresAt,
      },
    }).then((result) => {
      if (cancelled) return;
      forgetPendingInvitation();
      if (result === 'yearTaken') setOutcome({ kind: 'yearTaken', year: session.year });
      else void navigate('/antrag', { replace: true });
    });
    return () => {
      cancelled = true;
    };
    // Once: the draft API changes with every save, and the invitation is opened only once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div className="page">
      <PageHeading>{title}</PageHeading>
      {outcome.kind === 'working' && <p role="status">{core('app.loading')}</p>}
      {outcome.kind === 'missing' && <p>{t('start.missing.text')}</p>}
      {outcome.kind === 'yearTaken' && (
        <>
          <p>{t('start.yearTaken.text')}</p>
          <p>
            <Link to="/antrag/entwuerfe">{t('start.yearTaken.link')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
