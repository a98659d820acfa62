import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { SectionState } from '../../../domain/application/check-application';
import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { BackLink } from '../../../ui/back-link';
import { NotificationBanner } from '../../../ui/notification-banner';
import { PageHeading } from '../../../ui/page-heading';
import { usePageTitle } from '../../../ui/use-page-title';
import { antragMessages } from '../antrag-messages';
import { useMissingText } from '../flow/use-missing-text';

type Props = {
  /** A section whose status is 'notNeeded' or 'cannotStart'. */
  state: SectionState;
  caption: string;
  title: string;
  notNeededTitle: string;
  /** Shown under the reason when the section is not needed, e.g. a link to the answer that makes it so. */
  notNeededMore?: ReactNode;
  /** Why the household comes first, and the link to it. */
  household: { title: string; text: string; link: string; to: string };
  back: { label: string; to: string };
};

/**
 * The page of a section that is not needed (the domain says why, e.g. the flat rule or next year's advance
 * payment) or cannot start yet because the household is incomplete: say so, and lead to where to go instead.
 */
export function SectionNotOpenPage(props: Props) {
  const { state, caption, title, household, back } = props;
  const frame = useMessages(antragMessages);
  const { t: core } = useI18n();
  const text = useMissingText();
  usePageTitle(title, core('app.name'));
  return (
    <div className="page">
      <BackLink to={back.to}>{frame('form.back')}</BackLink>
      <p className="caption">{caption}</p>
      <PageHeading>{title}</PageHeading>
      {state.status === 'notNeeded' ? (
        <NotificationBanner kind="info" title={props.notNeededTitle}>
          {state.reason && <p>{text.reason(state.reason)}</p>}
          {props.notNeededMore}
        </NotificationBanner>
      ) : (
        <NotificationBanner kind="warning" title={household.title}>
          <p>{household.text}</p>
          <p>
            <Link to={household.to}>{household.link}</Link>
          </p>
        </NotificationBanner>
      )}
      <Link className="button" to={back.to}>
        {back.label}
      </Link>
    </div>
  );
}
