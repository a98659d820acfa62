import { useId, useState } from 'react';
import type { SubmissionState } from '../../../api/contracts/submission';
import { fetchSubmissionLetter } from '../../../api/submission-letters';
import { formatMoney } from '../../../domain/money/format-money';
import { useMessages } from '../../../i18n/feature-messages';
import { useFormatDate } from '../../../i18n/format-date';
import { useI18n } from '../../../i18n/use-i18n';
import { WhyDisclosure } from '../../../ui/why-disclosure';
import { ExemptionCards } from '../ausweis/exemption-cards';
import { downloadBytes } from '../entwuerfe/download-bytes';
import { decisionMessages } from './decision-messages';

type Letter = NonNullable<SubmissionState['letters']>[number];

/** The newest letter of a kind (letters come oldest first; ids grow with time). */
export function latestLetter(state: SubmissionState, kind: Letter['kind']): Letter | undefined {
  return (state.letters ?? [])
    .filter((letter) => letter.kind === kind)
    .reduce<Letter | undefined>(
      (newest, letter) => (newest && newest.id > letter.id ? newest : letter),
      undefined,
    );
}

/**
 * The caseworker's decision on the status page (issue 13): exempt with the period and the refund, or refused
 * with the reason as given; the Bescheid to download; which copy counts (§ 37 Abs. 2a SGB X: the one here only
 * with the applicant's consent); how to object. After an approval without advance payment the cards follow —
 * an advance payment's cards come with its own section (advance-payment-status.tsx).
 */
export function DecisionStatus({ state, abrufcode }: { state: SubmissionState; abrufcode: string }) {
  const t = useMessages(decisionMessages);
  const { language } = useI18n();
  const formatDate = useFormatDate();
  const headingId = useId();
  const decision = state.decision;
  if (!decision) return null;
  const bescheid = latestLetter(state, 'bescheid');
  const cards = state.advancePayment ? [] : (state.exemptions ?? []);
  const exempt = decision.outcome === 'befreit';
  return (
    <>
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('decision.title')}</h2>
        {exempt ? (
          <>
            <p>
              <strong>
                {decision.validFrom && decision.validUntil
                  ? t('befreit.period', {
                      from: formatDate(decision.validFrom),
                      to: formatDate(decision.validUntil),
                    })
                  : t('befreit.noPeriod')}
              </strong>
            </p>
            {/* An advance payment is not refunded: its own section says what was paid. */}
            {!state.advancePayment && (
              <p>
                {decision.refundCents
                  ? t('befreit.refund', {
                      amount: formatMoney(decision.refundCents, language === 'en' ? 'en' : 'de'),
                    })
                  : t('befreit.noRefund')}
              </p>
            )}
            {cards.length > 0 && <p>{t('befreit.cards')}</p>}
          </>
        ) : (
          <>
            <p>
              <strong>{t('abgelehnt.text')}</strong>
            </p>
            {decision.reason?.trim() ? (
              <>
                <p>{t('abgelehnt.reason')}</p>
                <blockquote>
                  <p>{decision.reason.trim()}</p>
                </blockquote>
              </>
            ) : (
              <p>{t('abgelehnt.noReason')}</p>
            )}
            <p>{t('abgelehnt.again')}</p>
          </>
        )}
        {bescheid ? (
          <LetterDownload
            reference={state.reference}
            abrufcode={abrufcode}
            letterId={bescheid.id}
            fileName={`Bescheid-${state.reference}.pdf`}
            label={t('letter.bescheid')}
          />
        ) : (
          <p>{t('letter.notYet')}</p>
        )}
        {decision.electronicNotification ? (
          <>
            <p>{t('notice.electronic')}</p>
            <WhyDisclosure about={t('notice.electronic.why.about')}>
              <p>{t('notice.electronic.why')}</p>
              <p>{t('notice.electronic.source')}</p>
            </WhyDisclosure>
          </>
        ) : (
          bescheid && <p>{t('notice.post')}</p>
        )}
        <p>{t('objection')}</p>
        <WhyDisclosure about={t('objection.why.about')}>
          <p>{t('objection.why')}</p>
          <p>{t('objection.source')}</p>
        </WhyDisclosure>
      </section>
      {cards.length > 0 && <ExemptionCards cards={cards} />}
    </>
  );
}

type LetterDownloadProps = {
  reference: string;
  abrufcode: string;
  letterId: number;
  fileName: string;
  label: string;
  /** Said to screen readers after the label when the button alone would not say which letter it is. */
  context?: string;
};

/**
 * A letter as the insurer printed it: fetched with the Abrufcode only when asked for, and saved as a file from a
 * Blob. Loading and the result are said politely; a failure is said at once and the button stays for a retry.
 */
export function LetterDownload({
  reference,
  abrufcode,
  letterId,
  fileName,
  label,
  context,
}: LetterDownloadProps) {
  const t = useMessages(decisionMessages);
  const [state, setState] = useState<{ busy: boolean; message: string; failed: boolean }>({
    busy: false,
    message: '',
    failed: false,
  });
  const download = async () => {
    if (state.busy) return;
    setState({ busy: true, message: t('letter.busy'), failed: false });
    try {
      const bytes = await fetchSubmissionLetter(reference, abrufcode, letterId);
      downloadBytes(bytes, fileName, 'application/pdf');
      setState({ busy: false, message: t('letter.done', { name: fileName }), failed: false });
    } catch {
      setState({ busy: false, message: '', failed: true });
    }
  };
  return (
    <div className="letter-download">
      <button
        type="button"
        className="button button--secondary"
        // Not `disabled`: a disabled button drops the keyboard focus.
        aria-disabled={state.busy || undefined}
        onClick={() => void download()}
      >
        {label}
        {context && <span className="visually-hidden">: {context}</span>}
      </button>
      <p role="status">{state.message}</p>
      <div role="alert">{state.failed && <p className="field-error">{t('letter.failed')}</p>}</div>
    </div>
  );
}
