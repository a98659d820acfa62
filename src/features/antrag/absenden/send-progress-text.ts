import type { SubmissionProgress } from '../../../api/submit-application';
import type { FeatureTranslate } from '../../../i18n/feature-messages';
import type { sendMessages } from './send-messages';

type Translate = FeatureTranslate<keyof (typeof sendMessages)['de']>;

/** "Wird gesendet …", then after a failure "Verbindung unterbrochen – neuer Versuch in 4 Sekunden (Versuch 3 von 5)". */
export function progressText(t: Translate, progress: SubmissionProgress | undefined): string {
  if (!progress) return t('send.sending');
  const max = progress.maxAttempts;
  if (progress.phase === 'sending') {
    return progress.attempt === 1
      ? t('send.sending')
      : t('send.sendingAttempt', { attempt: progress.attempt, max });
  }
  const seconds = Math.round(progress.nextTryInMs / 1000);
  const attempt = progress.attempt + 1;
  return seconds === 1
    ? t('send.waitingOne', { attempt, max })
    : t('send.waiting', { seconds, attempt, max });
}
