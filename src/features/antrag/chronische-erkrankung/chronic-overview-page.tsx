import { Link } from 'react-router';
import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { BackLink } from '../../../ui/back-link';
import { NotificationBanner } from '../../../ui/notification-banner';
import { PageHeading } from '../../../ui/page-heading';
import { SummaryList, type SummaryListRow } from '../../../ui/summary-list';
import { usePageTitle } from '../../../ui/use-page-title';
import { antragMessages } from '../antrag-messages';
import { useOpenDraft } from '../draft/use-open-draft';
import { personName } from '../form/person-name';
import { SeparatelyProvided } from '../mitwirken/separately-provided';
import { chronicMessages, type ChronicMessageKey } from './chronic-messages';
import { pagePath, tasksPath } from '../flow/flow-paths';

/** What the 1 % limit needs (§ 62 Abs. 1 S. 2 SGB V, Chroniker-Richtlinie), then each counted person's answer. */
export function ChronicOverviewPage() {
  const t = useMessages(chronicMessages);
  const frame = useMessages(antragMessages);
  const { t: core } = useI18n();
  const { draft, checked } = useOpenDraft();
  usePageTitle(t('overview.title'), core('app.name'));
  const state = checked.sections['chronische-erkrankung'];
  const answers = draft.answers.chronic?.members ?? [];
  const words = { self: t('person.self'), unnamed: t('person.unnamed') };
  const rows: SummaryListRow[] = checked.counted.map((person) => {
    const { name } = personName(person, words);
    // A member who handed in their own part (issue 14) answered there; the applicant does not see the answer.
    const part = checked.memberParts.get(person.id);
    if (part)
      return {
        key: name,
        value: <SeparatelyProvided name={name} part={part} showFigures={false} />,
      };
    const answer = answers.find((entry) => entry.memberId === person.id);
    const valid = checked.chronic.get(person.id);
    const status: ChronicMessageKey = !valid
      ? answer?.chronicallyIll === undefined
        ? 'status.open'
        : 'status.incomplete'
      : valid.chronicallyIll
        ? `status.${valid.certificate}`
        : 'status.no';
    const action = valid ? t('action.change') : t('action.answer');
    return {
      key: name,
      value: t(status),
      actions: [
        { to: pagePath('chronic.member', { memberId: person.id }), label: action, hiddenContext: name },
      ],
    };
  });
  return (
    <div className="page">
      <BackLink to={tasksPath}>{frame('form.back')}</BackLink>
      <p className="caption">{t('caption')}</p>
      <PageHeading>{t('overview.title')}</PageHeading>
      <p>{t('overview.limit')}</p>
      <p>{t('overview.criteria')}</p>
      <h2>{t('overview.proof.title')}</h2>
      <p>{t('overview.proof')}</p>
      {/* docs/rules/rules.md § 4: the check-up rule is not enforced in practice — a note, never a block. */}
      <p>{t('overview.checkUp')}</p>
      {state.status === 'cannotStart' ? (
        <NotificationBanner kind="warning" title={t('household.title')}>
          <p>{t('household.text')}</p>
          <p>
            <Link to={pagePath('household.overview')}>{t('household.link')}</Link>
          </p>
        </NotificationBanner>
      ) : (
        <>
          <h2>{t('overview.people')}</h2>
          <SummaryList rows={rows} />
        </>
      )}
      <Link className="button" to={tasksPath}>
        {t('overview.back')}
      </Link>
    </div>
  );
}
