import { Link } from 'react-router';
import type { CheckedApplication } from '../../../domain/application/check-application';
import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { ErrorSummary } from '../../../ui/error-summary';
import { NotificationBanner } from '../../../ui/notification-banner';
import { PageHeading } from '../../../ui/page-heading';
import { usePageTitle } from '../../../ui/use-page-title';
import { antragMessages } from '../antrag-messages';
import { useOpenDraft } from '../draft/use-open-draft';
import { checkMessages } from './check-messages';
import { LimitPanel } from '../belastungsgrenze/limit-panel';
import { AdvanceSummary } from './advance-summary';
import { ChronicSummary } from './chronic-summary';
import { DeclarationsFieldset } from './declarations-fieldset';
import { HouseholdSummary } from './household-summary';
import { IncomeSummary } from './income-summary';
import { MissingSummary } from './missing-summary';
import { PersonSummary } from './person-summary';
import { ReceiptSummary } from './receipt-summary';
import { useSendForm } from './use-send-form';
import { WelfareSummary } from './welfare-summary';

/**
 * "Angaben prüfen" (GOV.UK check answers): what is missing at the top, every answer per section with a change
 * link that returns here, then the declarations and "Antrag absenden". Open at any time.
 */
export function CheckPage() {
  const { checked } = useOpenDraft();
  return <CheckAnswers checked={checked} />;
}

function CheckAnswers({ checked }: { checked: CheckedApplication }) {
  const { draft, context } = checked;
  const t = useMessages(checkMessages);
  const frame = useMessages(antragMessages);
  const { t: core } = useI18n();
  const states = checked.sections;
  const done = checked.complete;
  const { form, submit, errorList, errorFor } = useSendForm(draft.answers.declarations, done);
  // WCAG 3.3.1: the title says there is an error, so screen-reader users hear it first.
  const title = errorList.length > 0 ? `${frame('form.errorTitlePrefix')} ${t('title')}` : t('title');
  usePageTitle(title, core('app.name'));
  return (
    <div className="page">
      <ErrorSummary
        title={frame('form.errorSummary')}
        errors={errorList}
        submitCount={form.formState.submitCount}
      />
      <PageHeading>{t('title')}</PageHeading>
      <p>{t('intro')}</p>
      {done ? (
        <NotificationBanner kind="success" title={t('ready.title')}>
          <p>{t('ready.text')}</p>
        </NotificationBanner>
      ) : (
        <MissingSummary states={states} />
      )}
      <PersonSummary draft={draft} context={context} />
      <HouseholdSummary checked={checked} />
      <WelfareSummary draft={draft} />
      <IncomeSummary checked={checked} state={states.einnahmen} />
      <ChronicSummary checked={checked} state={states['chronische-erkrankung']} />
      <AdvanceSummary checked={checked} state={states.vorauszahlung} />
      <ReceiptSummary checked={checked} state={states.zuzahlungen} />
      {/* The result the answers lead to, as the Antrag will state it, before the declarations are given. */}
      <LimitPanel />
      <DeclarationsFieldset
        register={form.register}
        errorFor={errorFor}
        onSubmit={(event) => void submit(event)}
      />
      <p>
        <Link to="/antrag">{t('back')}</Link>
      </p>
    </div>
  );
}
