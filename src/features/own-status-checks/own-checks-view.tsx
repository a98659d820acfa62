import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { InsuredIdentity, InsuredStatusChecks } from '../../api/contracts/provider-check';
import { objectToProvider, withdrawObjection } from '../../api/insured-checks-client';
import { useMessages } from '../../i18n/feature-messages';
import { formatCalendarDate, formatInstantDate } from '../../i18n/format-date';
import { useI18n } from '../../i18n/use-i18n';
import { ownChecksMessages } from './own-checks-messages';

type Provider = InsuredStatusChecks['objections'][number]['provider'];

const berlinTime = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * The checks of the person's own status, newest first, the providers that checked (each with "Widersprechen",
 * which asks first and says what follows: that provider then gets "nicht befreit" and will ask for the card), and
 * the open objections with "Widerspruch zurücknehmen". Every change answers with the whole list, shown as it comes.
 */
export function OwnChecksView({
  identity,
  initial,
}: {
  identity: InsuredIdentity;
  initial: InsuredStatusChecks;
}) {
  const t = useMessages(ownChecksMessages);
  const { language } = useI18n();
  const [checks, setChecks] = useState(initial);
  const [confirming, setConfirming] = useState<Provider | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const doneMessage = useRef<HTMLParagraphElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (done) doneMessage.current?.focus();
  }, [done]);

  const nameOf = (provider: Provider) => t('checks.providerName', { name: provider.name, ik: provider.ik });
  const object = useMutation({
    mutationFn: (provider: Provider) => objectToProvider({ ...identity, ik: provider.ik }),
    onSuccess: (next, provider) => {
      setChecks(next);
      setConfirming(null);
      setDone(t('object.done', { name: provider.name }));
    },
  });
  const withdraw = useMutation({
    mutationFn: (provider: Provider) => withdrawObjection({ ...identity, ik: provider.ik }),
    onSuccess: (next, provider) => {
      setChecks(next);
      setDone(t('withdraw.done', { name: provider.name }));
    },
  });

  const objected = new Set(checks.objections.map((objection) => objection.provider.ik));
  const providers = [
    ...new Map(checks.checks.map((check) => [check.provider.ik, check.provider])).values(),
  ].filter((provider) => !objected.has(provider.ik));
  const when = (at: string) =>
    t('checks.time', { date: formatInstantDate(at, language), time: berlinTime.format(new Date(at)) });

  return (
    <>
      <h2 ref={heading} tabIndex={-1} className="own-checks__focus">
        {t('checks.title')}
      </h2>
      {done && (
        <p ref={doneMessage} tabIndex={-1} role="status" className="own-checks__done">
          {done}
        </p>
      )}
      {checks.checks.length === 0 ? (
        <p>{t('checks.none')}</p>
      ) : (
        <table className="own-checks-table">
          <caption className="visually-hidden">{t('checks.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('checks.at')}</th>
              <th scope="col">{t('checks.provider')}</th>
              <th scope="col">{t('checks.consent')}</th>
              <th scope="col">{t('checks.serviceDate')}</th>
              <th scope="col">{t('checks.result')}</th>
            </tr>
          </thead>
          <tbody>
            {checks.checks.map((check, index) => (
              <tr key={`${check.at}-${check.provider.ik}-${index}`}>
                <td data-label={t('checks.at')}>{when(check.at)}</td>
                <td data-label={t('checks.provider')}>{nameOf(check.provider)}</td>
                <td data-label={t('checks.consent')}>{t(`consent.${check.consent}`)}</td>
                <td data-label={t('checks.serviceDate')}>
                  {formatCalendarDate(check.serviceDate, language)}
                </td>
                <td data-label={t('checks.result')}>{t(`result.${check.result}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {providers.length > 0 && (
        <section aria-labelledby="own-checks-providers">
          <h2 id="own-checks-providers">{t('providers.title')}</h2>
          <p>{t('providers.text')}</p>
          <ul className="own-checks-list">
            {providers.map((provider) => (
              <li key={provider.ik}>
                <span>{nameOf(provider)}</span>
                <button
                  type="button"
                  className="button button--secondary own-checks-list__button"
                  onClick={() => {
                    object.reset();
                    setDone(null);
                    setConfirming(provider);
                  }}
                >
                  {t('object.button')}{' '}
                  <span className="visually-hidden">{t('object.context', { name: nameOf(provider) })}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {confirming && (
        <div className="own-checks-confirm" role="group" aria-labelledby="own-checks-confirm">
          <h3 id="own-checks-confirm" ref={confirmHeading} tabIndex={-1}>
            {t('object.confirm.title', { name: confirming.name })}
          </h3>
          <p>{t('object.confirm.text', { name: confirming.name })}</p>
          {object.isError && (
            <p className="field-error" role="alert">
              {t('object.failed')}
            </p>
          )}
          <div className="button-group">
            <button
              type="button"
              className="button"
              disabled={object.isPending}
              onClick={() => object.mutate(confirming)}
            >
              {t('object.yes')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                object.reset();
                setConfirming(null);
              }}
            >
              {t('object.no')}
            </button>
          </div>
        </div>
      )}

      <section aria-labelledby="own-checks-objections">
        <h2 id="own-checks-objections">{t('objections.title')}</h2>
        {withdraw.isError && (
          <p className="field-error" role="alert">
            {t('object.failed')}
          </p>
        )}
        {checks.objections.length === 0 ? (
          <p>{t('objections.none')}</p>
        ) : (
          <ul className="own-checks-list">
            {checks.objections.map((objection) => (
              <li key={objection.provider.ik}>
                <span>
                  {nameOf(objection.provider)},{' '}
                  {t('objections.since', { date: formatInstantDate(objection.since, language) })}
                </span>
                <button
                  type="button"
                  className="button button--secondary own-checks-list__button"
                  disabled={withdraw.isPending}
                  onClick={() => {
                    setDone(null);
                    withdraw.mutate(objection.provider);
                  }}
                >
                  {t('withdraw.button')}{' '}
                  <span className="visually-hidden">
                    {t('withdraw.context', { name: nameOf(objection.provider) })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
