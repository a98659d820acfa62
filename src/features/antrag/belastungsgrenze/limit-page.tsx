import { Link, Navigate } from 'react-router';
import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { BackLink } from '../../../ui/back-link';
import { PageHeading } from '../../../ui/page-heading';
import { usePageTitle } from '../../../ui/use-page-title';
import { WhyDisclosure } from '../../../ui/why-disclosure';
import { useOpenDraft } from '../draft/use-open-draft';
import { LimitCalculation } from './limit-calculation';
import { LimitChart } from './limit-chart';
import { LimitIncomes } from './limit-incomes';
import { LimitMembers } from './limit-members';
import { limitMessages } from './limit-messages';
import { GapsNotice, ProvisionalNotice } from './limit-notices';
import { LimitPayments } from './limit-payments';
import { limitView } from './limit-view';
import './limit.css';

const tasks = '/antrag';

/**
 * "Ihre Belastungsgrenze": the arithmetic of § 62 SGB V for the draft, step by step, as computed by the very
 * function the CLI runs (applicationLimit), so that people can follow and check the number (ux.md).
 */
export function LimitPage() {
  const t = useMessages(limitMessages);
  const { t: core } = useI18n();
  const { checked } = useOpenDraft();
  usePageTitle(t('title'), core('app.name'));
  const view = limitView(checked, { self: t('person.self'), unnamed: t('person.unnamed') });
  // Never for a year the app offers (application-years.ts): only years with figures of law can be chosen.
  if (!view) return <Navigate to={tasks} replace />;
  const { result, timeline, gaps } = view;
  const { year } = result;
  return (
    <div className="page">
      <BackLink to={tasks}>{t('back')}</BackLink>
      <p className="caption">{t('caption', { year })}</p>
      <PageHeading>{t('title')}</PageHeading>
      {result.provisional && <ProvisionalNotice year={year} />}
      {gaps.length > 0 && <GapsNotice gaps={gaps} />}
      <p>{t('intro', { year })}</p>
      <WhyDisclosure>
        <p>{t('intro.why')}</p>
      </WhyDisclosure>
      <LimitMembers members={result.explanation.members} nameOf={view.nameOf} />
      <LimitIncomes view={view} year={year} />
      <LimitCalculation result={result} flatMonthlyCents={view.flatMonthlyCents} nameOf={view.nameOf} />
      <section aria-labelledby="limit-paid">
        <h2 id="limit-paid">{t('paid.title', { year })}</h2>
        <LimitPayments result={result} />
        <LimitChart
          year={year}
          timeline={timeline}
          limitCents={result.limitCents}
          limitReachedOn={result.limitReachedOn}
        />
      </section>
      <Link className="button button--secondary" to={tasks}>
        {t('back')}
      </Link>
    </div>
  );
}
