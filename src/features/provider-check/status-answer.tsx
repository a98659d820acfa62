import { useEffect, useId, useRef } from 'react';
import type { StatusAnswer } from '../../api/contracts/provider-check';
import { useMessages } from '../../i18n/feature-messages';
import { useFormatDate } from '../../i18n/format-date';
import { queryMessages } from './query-messages';

/**
 * The answer at the counter, large and clear (ux.md: one form, one answer, nothing more): "Befreit" with the
 * initials and the last valid day, or "Nicht befreit" — always with the hint to ask for the exemption card, since a
 * card from a decision not yet on file, or an objection, both look like "nicht befreit" here (ADR 0026). Said in
 * words and marks, never by colour alone. Focus moves here, so a screen reader reads the answer at once.
 */
export function StatusAnswerView({
  answer,
  serviceDate,
  onNewQuery,
}: {
  answer: StatusAnswer;
  serviceDate: string;
  onNewQuery: () => void;
}) {
  const t = useMessages(queryMessages);
  const formatDate = useFormatDate();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const exempt = answer.status === 'befreit';
  return (
    <section
      aria-labelledby={headingId}
      className={`provider-answer ${exempt ? 'provider-answer--befreit' : 'provider-answer--nicht-befreit'}`}
    >
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('answer.heading', { date: formatDate(serviceDate) })}
      </h2>
      {answer.status === 'befreit' ? (
        <>
          <p className="provider-answer__status">
            <span aria-hidden="true">✓ </span>
            {t('answer.befreit')}
          </p>
          <p className="provider-answer__initials">{t('answer.initials', { initials: answer.initials })}</p>
          <p className="provider-answer__valid">
            {t('answer.validUntil', { date: formatDate(answer.validUntil) })}
          </p>
          <p>{t('answer.befreit.text')}</p>
        </>
      ) : (
        <>
          <p className="provider-answer__status">
            <span aria-hidden="true">✗ </span>
            {t('answer.nichtBefreit')}
          </p>
          <p>{t('answer.nichtBefreit.text')}</p>
          <p className="provider-answer__card">
            <strong>{t('answer.card')}</strong>
          </p>
        </>
      )}
      <button type="button" className="button" onClick={onNewQuery}>
        {t('answer.new')}
      </button>
    </section>
  );
}
