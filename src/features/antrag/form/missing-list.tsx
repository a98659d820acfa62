import { Link } from 'react-router';
import type { MissingItem } from '../../../domain/application/section-status';
import type { LocalizedText } from '../../../domain/validation/result';
import { NotificationBanner } from '../../../ui/notification-banner';

type Props = {
  items: readonly MissingItem[];
  title: string;
  localized: (text: LocalizedText) => string;
  returnTo?: string;
};

/** What is still missing, each item a link to the page that fixes it. */
export function MissingList({ items, title, localized, returnTo }: Props) {
  if (items.length === 0) return null;
  return (
    <NotificationBanner kind="warning" title={title}>
      <ul className="bullets">
        {items.map((item) => (
          <li key={item.page + localized(item.text)}>
            <Link to={`/antrag/${item.page}`} state={returnTo ? { returnTo } : undefined}>
              {localized(item.text)}
            </Link>
          </li>
        ))}
      </ul>
    </NotificationBanner>
  );
}
