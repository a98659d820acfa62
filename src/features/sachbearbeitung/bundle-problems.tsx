import type { BundleProblem } from '../../documents/bundle/bundle-problem';
import { useLocalized, useMessages } from '../../i18n/feature-messages';
import { NotificationBanner } from '../../ui/notification-banner';
import { caseMessages } from './case-messages';

/**
 * A bundle that failed verification (issue 13, deliverable 4): every problem with the file it is about, and no
 * way to decide. The reader has escaped the names (bundle-problem.ts), so they are shown as they are.
 */
export function BundleProblems({ problems }: { problems: readonly BundleProblem[] }) {
  const t = useMessages(caseMessages);
  const localized = useLocalized();
  return (
    <NotificationBanner kind="error" title={t('problems.title')}>
      <p>{t('problems.lead')}</p>
      <ul data-testid="bundle-problems">
        {problems.map((problem, index) => (
          <li key={`${problem.code}-${problem.path}-${index}`}>
            <strong>
              {problem.path === '' ? t('problems.wholeBundle') : t('problems.file', { path: problem.path })}
            </strong>
            : {localized(problem.message)}
          </li>
        ))}
      </ul>
    </NotificationBanner>
  );
}
