import { paymentCategories, paymentCategoryList } from '../../../domain/zuzahlung/payment-category';
import type { LocalizedText } from '../../../domain/validation/result';

// Counting categories first, then those that do not count (docs/rules/rules.md § 6), so that the list reads like the
// insurers' own forms and what does not count is marked before anyone types an amount.
const ordered = [
  ...paymentCategoryList.filter((category) => paymentCategories[category].countsTowardLimit),
  ...paymentCategoryList.filter((category) => !paymentCategories[category].countsTowardLimit),
];

export function receiptCategoryOptions(
  localized: (text: LocalizedText) => string,
  notCountingSuffix: string,
): { value: string; label: string }[] {
  return ordered.map((value) => {
    const info = paymentCategories[value];
    const label = localized(info.label);
    return { value, label: info.countsTowardLimit ? label : `${label} ${notCountingSuffix}` };
  });
}
