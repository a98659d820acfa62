import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod';
import { ApiError } from '../../../api/api-error';
import { invitationProblemCodes as codes } from '../../../api/contracts/invitations';
import { handInMemberPart, withdrawMemberPart } from '../../../api/invitation-client';
import { memberPartMissing } from '../../../domain/member-part/build-member-part-document';
import type { Problem } from '../../../domain/validation/result';
import { useLocalized, useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { CheckboxField } from '../../../ui/checkbox-field';
import { ErrorSummary } from '../../../ui/error-summary';
import { fieldError, formErrorList } from '../../../ui/form-errors';
import { NotificationBanner } from '../../../ui/notification-banner';
import { PageHeading } from '../../../ui/page-heading';
import { usePageTitle } from '../../../ui/use-page-title';
import { WhyDisclosure } from '../../../ui/why-disclosure';
import { nowIso } from '../draft/clock';
import { useDraft } from '../draft/draft-context';
import { useOpenDraft } from '../draft/use-open-draft';
import { memberMessages, type MemberMessageKey } from './member-messages';
import { memberPartBytes } from './member-part-bytes';
import { OwnPartNotice } from './own-part-notice';
import { ownPartStatus, useOwnPart } from './use-own-part';

type Declarations = { correct: boolean; healthDataConsent: boolean; cooperation: boolean };
const fieldOrder = ['correct', 'healthDataConsent', 'cooperation'] as const;
const given = (key: MemberMessageKey) => z.boolean().refine((value) => value, key);
const declarationsSchema = z.object({
  correct: given('handIn.error.correct'),
  healthDataConsent: given('handIn.error.healthData'),
  cooperation: given('handIn.error.cooperation'),
});

type Failure =
  | { kind: 'rejected'; problems: { path: string; message: string }[] }
  | { kind: 'incomplete'; problems: Problem[] }
  | { kind: 'sent' }
  | { kind: 'failed' };

/**
 * "Ihren Teil abgeben" (issue 14): the member's own declarations — correct and complete, consent to processing
 * their health data (Art. 9 Abs. 2 lit. a DSGVO), the duty to cooperate (§ 60 SGB I) — then their bag goes
 * straight to the server, which verifies it with the same reader as the applicant's bundle. Handing in again
 * replaces the part; withdrawing it is possible until the application is sent.
 */
export function HandInPage() {
  const m = useMessages(memberMessages);
  const localized = useLocalized();
  const { t: core } = useI18n();
  usePageTitle(m('handIn.title'), core('app.name'));
  const { draft, checked } = useOpenDraft();
  const { loadFileBytes } = useDraft();
  const own = useOwnPart();
  const idPrefix = useId();
  const idFor = (name: string) => `${idPrefix}-${name}`;
  const { register, handleSubmit, formState } = useForm<Declarations>({
    resolver: zodResolver(declarationsSchema),
    defaultValues: { correct: false, healthDataConsent: false, cooperation: false },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | undefined>();
  // Said once a withdrawal went through, until the next hand-in: the form that follows needs a reason.
  const [withdrawn, setWithdrawn] = useState(false);
  const memberOf = draft.memberOf;
  if (!memberOf) return null;
  const missing = memberPartMissing(checked);

  // Handing in and withdrawing alike: pending while it runs; an ended session or invitation has its own notice
  // (OwnPartNotice), since "could not be handed in, try again" would only fail again.
  const run = async (action: () => Promise<void>) => {
    setPending(true);
    setFailure(undefined);
    try {
      await action();
    } catch (error) {
      const status = ownPartStatus(error);
      if (status.status === 'session' || status.status === 'gone') own.set(status);
      else setFailure(failureOf(error));
    } finally {
      setPending(false);
    }
  };
  const handIn = (declarations: Declarations) =>
    run(async () => {
      const built = await memberPartBytes(checked, memberOf, declarations, loadFileBytes, nowIso());
      if (!built.ok) {
        setFailure(
          'problems' in built ? { kind: 'incomplete', problems: built.problems } : { kind: 'failed' },
        );
        return;
      }
      const handed = await handInMemberPart(built.bytes);
      setWithdrawn(false);
      own.set({
        status: 'ready',
        part: {
          state: 'handedIn',
          sha256: handed.sha256,
          handedInAt: nowIso(),
          changeRequested: false,
          applicationSent: false,
        },
      });
    });
  const withdraw = () =>
    run(async () => {
      await withdrawMemberPart();
      setWithdrawn(true);
      own.reload();
    });
  const errors: FieldErrors<Declarations> = formState.errors;
  const translate = (code: string) => m(code as MemberMessageKey);
  const summary = formErrorList(errors, fieldOrder, idFor, translate);
  const submit = handleSubmit(async (values) => {
    if (!pending) await handIn(values);
  });
  const handedIn = own.part.status === 'ready' && own.part.part.state === 'handedIn';
  // Once the application is sent the part is final: nothing to hand in or withdraw (the server answers 409).
  const sent = own.part.status === 'ready' && own.part.part.applicationSent;
  const blocked = own.part.status === 'session' || own.part.status === 'gone' || sent;

  return (
    <div className="page">
      <PageHeading>{m('handIn.title')}</PageHeading>
      <p className="lead">{m('handIn.lead', { invitedBy: memberOf.invitedBy })}</p>
      <OwnPartNotice part={own.part} memberOf={memberOf} />
      {withdrawn && !handedIn && (
        <NotificationBanner kind="success" title={m('handIn.withdrawn.title')} announce>
          <p>{m('handIn.withdrawn.text')}</p>
        </NotificationBanner>
      )}
      {failure && <HandInFailed failure={failure} />}
      {missing.length > 0 ? (
        <NotificationBanner kind="warning" title={m('handIn.incomplete.title')}>
          <p>{m('handIn.incomplete.text')}</p>
          <p>
            <Link to="/antrag">{m('handIn.incomplete.link')}</Link>
          </p>
        </NotificationBanner>
      ) : handedIn && !sent ? (
        <div className="button-group">
          <button
            type="button"
            className="button button--secondary"
            disabled={pending}
            onClick={() => void withdraw()}
          >
            {m('handIn.withdraw')}
          </button>
        </div>
      ) : (
        !blocked && (
          <>
            <ErrorSummary
              title={m('handIn.error.summary')}
              errors={summary}
              submitCount={formState.submitCount}
            />
            <form onSubmit={(event) => void submit(event)} noValidate>
              <CheckboxField
                id={idFor('correct')}
                label={m('handIn.correct.label')}
                error={fieldError(errors, 'correct', translate)}
                registration={register('correct')}
              />
              <CheckboxField
                id={idFor('healthDataConsent')}
                label={m('handIn.healthData.label')}
                hint={m('handIn.healthData.hint')}
                error={fieldError(errors, 'healthDataConsent', translate)}
                registration={register('healthDataConsent')}
              />
              <CheckboxField
                id={idFor('cooperation')}
                label={m('handIn.cooperation.label')}
                error={fieldError(errors, 'cooperation', translate)}
                registration={register('cooperation')}
              />
              <WhyDisclosure about={m('handIn.title')}>
                <p>{m('handIn.why.text')}</p>
              </WhyDisclosure>
              <div className="button-group">
                <button type="submit" className="button" disabled={pending}>
                  {m('handIn.submit')}
                </button>
              </div>
            </form>
          </>
        )
      )}
      <p role="status">{pending ? m('handIn.pending') : ''}</p>
      {failure?.kind === 'incomplete' && (
        <ul className="bullets">
          {failure.problems.map((problem) => (
            <li key={problem.code}>{localized(problem.message)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function failureOf(error: unknown): Failure {
  if (!(error instanceof ApiError)) return { kind: 'failed' };
  if (error.code === codes.applicationSent) return { kind: 'sent' };
  if (error.code === codes.partInvalid) return { kind: 'rejected', problems: problemList(error.problem) };
  return { kind: 'failed' };
}

// The reader's problems as the server lists them (path and message); nothing else of the body is shown.
const problemListSchema = z.object({
  errors: z.array(z.object({ path: z.string(), message: z.string() })).max(50),
});
function problemList(problem: unknown): { path: string; message: string }[] {
  const parsed = problemListSchema.safeParse(problem);
  return parsed.success ? parsed.data.errors : [];
}

function HandInFailed({ failure }: { failure: Failure }) {
  const m = useMessages(memberMessages);
  switch (failure.kind) {
    case 'incomplete':
      return null;
    case 'sent':
      return (
        <NotificationBanner kind="error" title={m('handIn.sent.title')} announce>
          <p>{m('handIn.sent.text')}</p>
        </NotificationBanner>
      );
    case 'rejected':
      return (
        <NotificationBanner kind="error" title={m('handIn.rejected.title')} announce>
          <p>{m('handIn.rejected.text')}</p>
          <ul className="bullets">
            {failure.problems.map((problem) => (
              <li key={`${problem.path}-${problem.message}`}>{problem.message}</li>
            ))}
          </ul>
        </NotificationBanner>
      );
    case 'failed':
      return (
        <NotificationBanner kind="error" title={m('handIn.failed.title')} announce>
          <p>{m('handIn.failed.text')}</p>
        </NotificationBanner>
      );
  }
}
