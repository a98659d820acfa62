import type { MissingItem, SectionReason } from '../../../domain/application/check-application';
import { useMessages } from '../../../i18n/feature-messages';
import { missingMessages } from './missing-messages';

type MissingKey = Parameters<ReturnType<typeof useMessages<keyof typeof missingMessages.de>>>[0];

/** The line that names a missing item, in the language shown; the applicant is "Sie", never their own name. */
export function useMissingText(): {
  missing: (item: MissingItem) => string;
  reason: (reason: SectionReason) => string;
} {
  const t = useMessages(missingMessages);
  return {
    missing: (item) => {
      const key = `${item.page}.${item.code}` as MissingKey;
      if (item.person?.relation === 'applicant' && `${key}.self` in missingMessages.de)
        return t(`${key}.self` as MissingKey);
      return t(key, { name: item.person?.name ?? t('person.unnamed') });
    },
    reason: (reason) => t(`reason.${reason}`),
  };
}
