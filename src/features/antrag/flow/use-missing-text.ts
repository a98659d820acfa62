import type { MissingItem, SectionReason } from '../../../domain/application/check-application';
import { useMessages } from '../../../i18n/feature-messages';
import { missingMessages } from './missing-messages';

type MissingKey = keyof typeof missingMessages.de;

/** The message of a missing item: its page and kind of gap, in the applicant's own words when it is about them. */
export function missingKey(item: MissingItem): MissingKey {
  const key = `${item.page}.${item.code}`;
  const own = `${key}.self`;
  if (item.person?.relation === 'applicant' && own in missingMessages.de) return own as MissingKey;
  return key as MissingKey;
}

/** The line that names a missing item, in the language shown; the applicant is "Sie", never their own name. */
export function useMissingText(): {
  missing: (item: MissingItem) => string;
  reason: (reason: SectionReason) => string;
} {
  const t = useMessages(missingMessages);
  return {
    missing: (item) => t(missingKey(item), { name: item.person?.name ?? t('person.unnamed') }),
    reason: (reason) => t(`reason.${reason}`),
  };
}
