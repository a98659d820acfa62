import { useCallback, useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import type { MemberAnswers } from '../../../domain/application/draft-answers';
import type { StepContext } from '../../../domain/application/steps/step-context';
import type { CountDecision } from '../../../domain/household/counted-members';
import { useLocalized, useMessages } from '../../../i18n/feature-messages';
import { useFormatDate } from '../../../i18n/format-date';
import { errorId, FieldErrorMessage, fieldClassName } from '../../../ui/field-parts';
import { NotificationBanner } from '../../../ui/notification-banner';
import { RadioGroup } from '../../../ui/radio-group';
import { SummaryList, type SummaryListRow } from '../../../ui/summary-list';
import { useOpenDraft } from '../draft/use-open-draft';
import { useUpdateAnswers } from '../draft/use-update-answers';
import { useFlowNext } from '../flow/use-flow-next';
import { QuestionPage } from '../form/question-page';
import { fieldId, useStepForm } from '../form/use-step-form';
import { maxMembers } from './household-edits';
import { householdMessages } from './household-messages';
import { memberName, morePeopleQuestion, type MoreAnswer } from './more-people-question';
import { pagePath } from '../flow/flow-paths';
import { isAdultOnFirstJanuary } from '../../../domain/invitations/invitation-state';
import { memberMessages } from '../mitwirken/member-messages';
import { invitePath } from '../mitwirken/invite-path';

/** Router state the remove page leaves behind, for the success banner. */
export type RemovedState = { removedName?: string };

// Nothing to save while choosing: the answer only matters on "Speichern und weiter".
const saveNothing = () => undefined;

/**
 * The household as a GOV.UK add-another list: the applicant, every member with whether and why they count for
 * the draft's year (§ 62 Abs. 2 SGB V, docs/rules/rules.md § 2), change and remove links, then "anyone else?".
 */
export function HouseholdOverviewPage() {
  const { draft, context } = useOpenDraft();
  return (
    <Overview
      members={draft.answers.household?.members ?? []}
      complete={draft.answers.household?.complete === true}
      applicantName={`${draft.answers.person?.givenName ?? ''} ${draft.answers.person?.familyName ?? ''}`.trim()}
      context={context}
    />
  );
}

type Props = {
  members: readonly MemberAnswers[];
  complete: boolean;
  applicantName: string;
  context: StepContext;
};

function Overview({ members, complete, applicantName, context }: Props) {
  const t = useMessages(householdMessages);
  const localized = useLocalized();
  const formatDate = useFormatDate();
  const updateAnswers = useUpdateAnswers();
  const { checked, draft } = useOpenDraft();
  const mm = useMessages(memberMessages);
  const flowNext = useFlowNext('household.overview');
  const location = useLocation();
  const removedName = (location.state as RemovedState | null)?.removedName;
  const schema = useMemo(() => morePeopleQuestion(context, members), [context, members]);
  const onValid = useCallback(
    (answer: MoreAnswer) => {
      if (answer === 'no') updateAnswers('household', (previous) => ({ ...previous, complete: true }));
    },
    [updateAnswers],
  );
  const { form, submit, errorList, errorFor } = useStepForm({
    schema,
    defaults: { more: complete ? 'no' : undefined },
    save: saveNothing,
    next: (answer) => flowNext({ more: answer === 'yes' }),
    order: ['members', 'more'],
    onValid,
  });

  const describe = (details: (string | undefined)[], decision: CountDecision | undefined) => (
    <>
      <p>{details.filter(Boolean).join(', ')}</p>
      {decision && (
        <p>
          <strong>
            {t(decision.counts ? 'overview.counts' : 'overview.countsNot', { year: context.year })}
          </strong>{' '}
          {localized(decision.explanation)}
        </p>
      )}
    </>
  );

  const applicantRow: SummaryListRow = {
    key: t('overview.you'),
    value: describe([applicantName || t('overview.youUnnamed')], checked.people[0]?.decision),
  };

  const memberRows = members.map((member, index): SummaryListRow => {
    const name = localized(memberName(member));
    // The one checked pass has this member's details and count decision (a removed member is gone from both).
    const valid = checked.members.find((entry) => entry.raw.id === member.id)?.data;
    const decision = checked.people.find((person) => person.id === member.id)?.decision;
    const birthDate = valid ? formatDate(valid.birthDate) : member.birthDate?.trim();
    const insurer =
      member.insurer === 'same'
        ? t('overview.insurer.same')
        : member.insurer === 'other' && member.insurerName?.trim()
          ? t('overview.insurer.other', { name: member.insurerName.trim() })
          : undefined;
    // A counted adult may fill in their own part (issue 14); a child's stays with the applicant.
    const invitable =
      valid !== undefined &&
      decision?.counts === true &&
      isAdultOnFirstJanuary(valid.birthDate, context.year);
    const provided = draft.invitations?.parts.some((part) => part.memberId === member.id) === true;
    const details = [
      member.relation ? t(`relation.${member.relation}`) : undefined,
      birthDate ? t('overview.born', { date: birthDate }) : undefined,
      insurer,
    ];
    return {
      key: name,
      value: (
        <>
          {describe(details, decision)}
          {provided && (
            <p>
              <strong>{mm('household.part.provided')}</strong>
            </p>
          )}
          {!valid && errorFor(`members.${index}`) && (
            <FieldErrorMessage id={errorId(fieldId(`members.${index}`))}>
              {errorFor(`members.${index}`)}
            </FieldErrorMessage>
          )}
          {!valid && (
            <p>
              <strong>{t('overview.incomplete')}</strong>{' '}
              {/* The error summary's link for this member ("members.<index>") lands here. */}
              <Link
                id={fieldId(`members.${index}`)}
                to={pagePath('household.member', { memberId: member.id })}
              >
                {t('overview.complete')} <span className="visually-hidden">{name}</span>
              </Link>
            </p>
          )}
        </>
      ),
      actions: [
        {
          to: pagePath('household.member', { memberId: member.id }),
          label: t('overview.change'),
          hiddenContext: name,
        },
        {
          to: pagePath('household.remove', { memberId: member.id }),
          label: t('overview.remove'),
          hiddenContext: name,
        },
        ...(invitable
          ? [{ to: invitePath(member.id), label: mm('household.invite'), hiddenContext: name }]
          : []),
      ],
    };
  });

  const full = members.length >= maxMembers;
  const listError = errorFor('members');
  return (
    <QuestionPage
      title={t('overview.title')}
      caption={t('caption')}
      backTo="/antrag"
      errors={errorList}
      submitCount={form.formState.submitCount}
      onSubmit={(event) => void submit(event)}
    >
      {removedName !== undefined && (
        <NotificationBanner kind="success" title={t('overview.removed.title')} announce>
          <p>{t('overview.removed.text', { name: removedName })}</p>
        </NotificationBanner>
      )}
      <p>{t('overview.intro')}</p>
      <ul className="bullets">
        <li>{t('overview.belongs.spouse')}</li>
        <li>{t('overview.belongs.children')}</li>
        <li>{t('overview.belongs.other')}</li>
      </ul>
      <p>{t('overview.notBelongs')}</p>
      {/* Focus target of the error summary when the list as a whole is wrong (two spouses). */}
      <h2 id={fieldId('members')} tabIndex={-1}>
        {t('overview.listTitle')}
      </h2>
      <div className={fieldClassName(listError)}>
        {listError && <FieldErrorMessage id={errorId(fieldId('members'))}>{listError}</FieldErrorMessage>}
        <SummaryList rows={[applicantRow, ...memberRows]} />
      </div>
      <RadioGroup
        id={fieldId('more')}
        legend={t('overview.more')}
        hint={full ? t('overview.more.limit', { max: maxMembers }) : t('overview.more.hint')}
        error={errorFor('more')}
        inline
        options={[
          { value: 'yes', label: t('overview.yes') },
          { value: 'no', label: t('overview.no') },
        ]}
        registration={form.register('more')}
      />
    </QuestionPage>
  );
}
