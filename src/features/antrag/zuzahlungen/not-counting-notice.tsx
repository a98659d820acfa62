import { paymentCategories, paymentCategoryList } from '../../../domain/zuzahlung/payment-category';
import { useLocalized, useMessages } from '../../../i18n/feature-messages';
import { receiptMessages } from './receipt-messages';

// What does not count is said before anyone photographs it (ux.md): own shares that are no Zuzahlung (docs/rules/rules.md § 6).
const notCounting = paymentCategoryList.filter((category) => !paymentCategories[category].countsTowardLimit);

export function NotCountingNotice() {
  const t = useMessages(receiptMessages);
  const localized = useLocalized();
  return (
    <details className="details">
      <summary>{t('notCounting.title')}</summary>
      <div className="details__text">
        <p>{t('notCounting.intro')}</p>
        <ul className="bullets">
          {notCounting.map((category) => (
            <li key={category}>
              <strong>{localized(paymentCategories[category].label)}</strong>:{' '}
              {localized(paymentCategories[category].explanation)}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
