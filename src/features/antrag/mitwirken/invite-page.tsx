import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../api/api-error';
import {
  invitationProblemCodes as codes,
  type CreatedInvitation,
  type InvitationSummary,
} from '../../../api/contracts/invitations';
import {
  createInvitation,
  listInvitations,
  registerApplication,
  requestPartChange,
  withdrawInvitation,
  type ApplicantCredentials,
} from '../../../api/invitation-client';
import { isAdultOnFirstJanuary } from '../../../domain/invitations/invitation-state';
import type { MemberPartSummary } from '../../../domain/member-part/member-part-summary';
import { useMessages } from '../../../i18n/feature-messages';
import { formatInstantDate } from '../../../i18n/format-date';
import { useI18n } from '../../../i18n/use-i18n';
import { NotificationBanner } from '../../../ui/notification-banner';
import { PageHeading } from '../../../ui/page-heading';
import { SummaryList } from '../../../ui/summary-list';
import { usePageTitle } from '../../../ui/use-page-title';
import { useDraft } from '../draft/draft-context';
import { useOpenDraft } from '../draft/use-open-draft';
import { pagePath } from '../flow/flow-paths';
import { memberMessages } from './member-messages';
import { PartFigures } from './part-figures';

type Failure = 'tooMany' | 'notAdult' | 'failed';

/**
 * "<Name> einladen" (issue 14): the applicant invites a counted adult of the household to fill in their own part.
 * The first invitation registers the application-to-be; its secret stays in the draft (encrypted at rest). The link
 * and the code are shown once, right after creating: the server keeps neither in clear, and neither is stored here,
 * so a lost code means withdrawing and inviting again. Below: the member's invitations with their states and,
 * once handed in, what the calculation receives of their part.
 */
export function InvitePage() {
  const m = useMessages(memberMessages);
  const { t: core, language } = useI18n();
  const { memberId = '' } = useParams();
  const { draft, checked } = useOpenDraft();
  const { updateInvitations } = useDraft();
  const member = checked.members.find((entry) => entry.raw.id === memberId)?.data;
  const person = checked.people.find((entry) => entry.id === memberId);
  const name = member ? `${member.givenName} ${member.familyName}`.trim() : (person?.name ?? '');
  usePageTitle(m('invite.title', { name }), core('app.name'));
  const credentials = draft.invitations;
  const [invitations, setInvitations] = useState<InvitationSummary[] | undefined>();
  const [created, setCreated] = useState<CreatedInvitation | undefined>();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | undefined>();
  const [changeAsked, setChangeAsked] = useState(false);
  const [copied, setCopied] = useState(false);

  const applicationId = credentials?.applicationId;
  const applicationSecret = credentials?.applicationSecret;
  // The member's invitations, newest first; the list is asked again after every change made here.
  const [round, setRound] = useState(0);
  const refresh = useCallback(() => setRound((value) => value + 1), []);
  useEffect(() => {
    if (applicationId === undefined || applicationSecret === undefined) return;
    let cancelled = false;
    void listInvitations({ applicationId, applicationSecret }).then(
      (list) =>
        !cancelled &&
        setInvitations(list.invitations.filter((entry) => entry.memberId === memberId).reverse()),
      () => !cancelled && setFailure('failed'),
    );
    return () => {
      cancelled = true;
    };
  }, [applicationId, applicationSecret, memberId, round]);

  const applicantGivenName = checked.person.name?.givenName;
  const adult = member !== undefined && isAdultOnFirstJanuary(member.birthDate, draft.year);
  const counts = person?.decision?.counts === true;
  const current = invitations?.[0];
  const live = current !== undefined && ['open', 'opened', 'handedIn'].includes(current.state);
  const part = credentials?.parts.find((entry) => entry.memberId === memberId);

  const run = async (action: () => Promise<void>) => {
    setPending(true);
    setFailure(undefined);
    try {
      await action();
      refresh();
    } catch (error) {
      setFailure(failureOf(error));
    } finally {
      setPending(false);
    }
  };
  const invite = () =>
    run(async () => {
      if (!member || applicantGivenName === undefined || !updateInvitations) return;
      let creds: ApplicantCredentials | undefined = credentials;
      if (!creds) {
        const registered = await registerApplication({ year: draft.year, applicantGivenName });
        creds = registered;
        updateInvitations(() => ({ ...registered, parts: [] }));
      }
      setCopied(false);
      setCreated(
        await createInvitation(creds, {
          memberId,
          relation: member.relation,
          givenName: member.givenName,
          familyName: member.familyName,
          birthDate: member.birthDate,
        }),
      );
    });
  const withdraw = (invitationId: string) =>
    run(async () => {
      if (!credentials) return;
      await withdrawInvitation(credentials, invitationId);
      setCreated(undefined);
    });
  const askChange = (invitationId: string) =>
    run(async () => {
      if (!credentials || !updateInvitations) return;
      await requestPartChange(credentials, invitationId);
      // The part no longer counts until the member hands it in again.
      updateInvitations((previous) =>
        previous
          ? { ...previous, parts: previous.parts.filter((p) => p.invitationId !== invitationId) }
          : previous,
      );
      setChangeAsked(true);
    });

  const link = created ? `${window.location.origin}${created.link}` : undefined;
  return (
    <div className="page">
      <p>
        <Link to={pagePath('household.overview')} className="back-link">
          {m('invite.back')}
        </Link>
      </p>
      <PageHeading>{m('invite.title', { name })}</PageHeading>
      <p className="lead">{m('invite.lead', { name })}</p>
      {failure && <InviteFailed failure={failure} />}
      {!member || applicantGivenName === undefined ? (
        <p>{m('invite.notReady', { name: name || '…' })}</p>
      ) : !adult || !counts ? (
        <p>{m('invite.notAdult')}</p>
      ) : (
        <>
          {created && link && (
            <NotificationBanner kind="success" title={m('invite.title', { name })}>
              <dl className="invite-credentials">
                <dt>{m('invite.link.label', { name })}</dt>
                <dd>
                  <code className="invite-link">{link}</code>
                </dd>
                <dt>{m('invite.code.label')}</dt>
                <dd>
                  <strong className="invite-code">{created.shortCode}</strong>
                </dd>
              </dl>
              <p>{m('invite.separately')}</p>
              <p>{m('invite.expires', { date: formatInstantDate(created.expiresAt, language, 'long') })}</p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() =>
                  void navigator.clipboard?.writeText(link).then(
                    () => setCopied(true),
                    () => undefined,
                  )
                }
              >
                {m('invite.copy')}
              </button>
              <p role="status">{copied ? m('invite.copied') : ''}</p>
            </NotificationBanner>
          )}
          {part && <PartSummary part={part} name={name} onChange={() => void askChange(part.invitationId)} />}
          {changeAsked && !part && <p>{m('invite.part.changeRequested', { name })}</p>}
          {!live && (
            <>
              <h2>{m('invite.how.title')}</h2>
              <ol className="bullets">
                <li>{m('invite.how.one')}</li>
                <li>{m('invite.how.two', { name })}</li>
                <li>{m('invite.how.three', { name })}</li>
              </ol>
              <button type="button" className="button" disabled={pending} onClick={() => void invite()}>
                {current ? m('invite.again') : m('invite.create')}
              </button>
            </>
          )}
          {current && (
            <>
              <SummaryList
                rows={[
                  {
                    key: m('invite.state.label'),
                    value: (
                      <>
                        <p>{m(`invite.state.${current.state}`)}</p>
                        {['open', 'opened'].includes(current.state) && (
                          <p>
                            {m('invite.expires', {
                              date: formatInstantDate(current.expiresAt, language, 'long'),
                            })}
                          </p>
                        )}
                      </>
                    ),
                  },
                ]}
              />
              {['open', 'opened'].includes(current.state) && (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={pending}
                  onClick={() => void withdraw(current.invitationId)}
                >
                  {m('invite.withdraw')}
                </button>
              )}
            </>
          )}
          <p role="status">{pending ? m('invite.pending') : ''}</p>
        </>
      )}
    </div>
  );
}

function PartSummary({
  part,
  name,
  onChange,
}: {
  part: MemberPartSummary;
  name: string;
  onChange: () => void;
}) {
  const m = useMessages(memberMessages);
  return (
    <section aria-labelledby="member-part-title">
      <h2 id="member-part-title">{m('invite.part.title', { name })}</h2>
      <PartFigures part={part} />
      <p>{m('invite.part.included')}</p>
      <button type="button" className="button button--secondary" onClick={onChange}>
        {m('invite.part.change')}
      </button>
    </section>
  );
}

function failureOf(error: unknown): Failure {
  if (error instanceof ApiError && error.code === codes.tooMany) return 'tooMany';
  if (error instanceof ApiError && error.code === codes.memberNotAdult) return 'notAdult';
  return 'failed';
}

function InviteFailed({ failure }: { failure: Failure }) {
  const m = useMessages(memberMessages);
  return (
    <NotificationBanner kind="error" title={m('invite.failed.title')} announce>
      <p>
        {failure === 'tooMany'
          ? m('invite.tooMany')
          : failure === 'notAdult'
            ? m('invite.notAdult')
            : m('invite.failed.text')}
      </p>
    </NotificationBanner>
  );
}
