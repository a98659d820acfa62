import { Link } from 'react-router';
import type { MissingItem } from '../../../domain/application/check-application';
import { NotificationBanner } from '../../../ui/notification-banner';
import { missingPath } from '../flow/flow-paths';
import { useMissingText } from '../flow/use-missing-text';

type Props = {
  items: readonly MissingItem[];
  title: string;
  returnTo?: string;
};

/** What is still missing, each item a link to the page that fixes it (the flow knows where it is). */
export function MissingList({ items, title, returnTo }: Props) {
  const text = useMissingText();
  if (items.length === 0) return null;
  return (
    <NotificationBanner kind="warning" title={title}>
      <ul className="bullets">
        {items.map((item) => (
          <li key={`${item.page}.${item.code}.${item.id ?? ''}`}>
            <Link to={missingPath(item)} state={returnTo ? { returnTo } : undefined}>
              {text.missing(item)}
            </Link>
          </li>
        ))}
      </ul>
    </NotificationBanner>
  );
}
