import { useQueries, useQuery } from '@tanstack/react-query';
import { caseMemberPart, caseMemberPartsQuery } from '../../api/case-review-client';
import type { ApplicationDocument } from '../../domain/application/application-document';
import { useMessages } from '../../i18n/feature-messages';
import { NotificationBanner } from '../../ui/notification-banner';
import { memberPartMessages } from './member-part-messages';
import { MemberPartView } from './member-part-view';

/**
 * The case's members' parts (issue 14, ADR 0025): one section per part the application cites, each bag fetched
 * (its opening audited on the server with the invitation's id) and verified here by MemberPartView. A cited part
 * the case does not hold is said so: the application's limit rests on it.
 */
export function MemberPartsSection({
  reference,
  document,
}: {
  reference: string;
  document: ApplicationDocument;
}) {
  const t = useMessages(memberPartMessages);
  const cited = document.memberParts;
  const listed = useQuery({ ...caseMemberPartsQuery(reference), enabled: cited.length > 0 });
  const held = new Set((listed.data ?? []).map((part) => part.invitationId));
  const bags = useQueries({
    queries: cited.map((part) => ({
      queryKey: ['caseworker', 'case', reference, 'member-part', part.invitationId],
      queryFn: () => caseMemberPart(reference, part.invitationId),
      enabled: held.has(part.invitationId),
      staleTime: Infinity,
      retry: false,
    })),
  });
  if (cited.length === 0) return null;
  const nameOf = (memberId: string) => {
    const member = document.members.find((m) => m.id === memberId);
    return member ? `${member.givenName} ${member.familyName}`.trim() : memberId;
  };
  const failed = listed.isError || bags.some((bag) => bag.isError);

  return (
    <section aria-labelledby="member-parts-title">
      <h2 id="member-parts-title">{t('parts.title')}</h2>
      <p>{t('parts.lead')}</p>
      {failed && (
        <NotificationBanner kind="error" title={t('parts.failed')}>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              void listed.refetch();
              for (const bag of bags) if (bag.isError) void bag.refetch();
            }}
          >
            {t('parts.retry')}
          </button>
        </NotificationBanner>
      )}
      {listed.isPending && <p role="status">{t('parts.loading')}</p>}
      {listed.isSuccess &&
        cited.map((part, index) => {
          const name = nameOf(part.memberId);
          if (!held.has(part.invitationId))
            return (
              <p key={part.invitationId} className="case-member-part__missing">
                {t('parts.missing', { name })}
              </p>
            );
          const bytes = bags[index]?.data;
          if (!bytes)
            return bags[index]?.isPending ? <p key={part.invitationId}>{t('parts.loading')}</p> : null;
          return <MemberPartView key={part.invitationId} cited={part} memberName={name} bytes={bytes} />;
        })}
    </section>
  );
}
