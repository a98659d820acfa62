import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { ExemptionCard } from '../../../api/contracts/advance-payment';
import { groupKvnr, isCardValid } from '../../../documents/befreiungsausweis/ausweis-card';
import { useMessages, type FeatureTranslate } from '../../../i18n/feature-messages';
import { useFormatDate } from '../../../i18n/format-date';
import { useI18n } from '../../../i18n/use-i18n';
import { downloadBytes } from '../entwuerfe/download-bytes';
import { exemptionCardMessages, type ExemptionCardMessageKey } from './exemption-card-messages';
import { ausweisFileName, makeAusweisPdf, type AusweisPdfLayout } from './make-ausweis-pdf';
import './exemption-cards.css';

type T = FeatureTranslate<ExemptionCardMessageKey>;
type FormatDate = ReturnType<typeof useFormatDate>;

const nameOf = (card: ExemptionCard) => `${card.givenName} ${card.familyName}`;

/**
 * The exemption cards (Befreiungsausweise) of an advance payment: one per covered person, large and in black on
 * white so that it can be held up at a pharmacy counter, with the downloads of the card PDF (card size, or all
 * cards on A4 to cut out). A card that no longer holds says so first and is drawn without the black band and
 * solid frame of a valid card; it is not offered for download.
 */
export function ExemptionCards({ cards }: { cards: ExemptionCard[] }) {
  const t = useMessages(exemptionCardMessages);
  const { language } = useI18n();
  const formatDate = useFormatDate();
  const headingId = useId();
  const downloadsId = useId();
  const [state, setState] = useState<{ busy: boolean; message: string }>({ busy: false, message: '' });
  if (cards.length === 0) return null;
  const valid = cards.filter(isCardValid);
  const year = valid[0]?.gueltigAb.slice(0, 4) ?? '';
  const reference = valid[0]?.cardNumber ?? '';

  const download = async (selected: readonly ExemptionCard[], layout: AusweisPdfLayout, fileName: string) => {
    setState({ busy: true, message: t('downloads.busy') });
    try {
      const bytes = await makeAusweisPdf(selected, language, layout);
      downloadBytes(bytes, fileName, 'application/pdf');
      setState({ busy: false, message: t('downloads.done', { name: fileName }) });
    } catch {
      setState({ busy: false, message: t('downloads.failed') });
    }
  };

  return (
    <section aria-labelledby={headingId} className="exemption-cards">
      <h2 id={headingId}>{t('cards.title')}</h2>
      <p>{t('cards.lead')}</p>
      {cards.map((card) => (
        <CardView key={card.memberId} card={card} t={t} formatDate={formatDate}>
          {isCardValid(card) && (
            <button
              type="button"
              className="button button--secondary exemption-card__download"
              disabled={state.busy}
              onClick={() =>
                void download(
                  [card],
                  'card',
                  ausweisFileName([
                    'befreiungsausweis',
                    card.gueltigAb.slice(0, 4),
                    card.givenName,
                    card.familyName,
                  ]),
                )
              }
            >
              {t('downloads.card')}{' '}
              <span className="visually-hidden">{t('downloads.cardFor', { name: nameOf(card) })}</span>
            </button>
          )}
        </CardView>
      ))}
      <section aria-labelledby={downloadsId} className="exemption-cards__downloads">
        <h3 id={downloadsId}>{t('downloads.title')}</h3>
        {valid.length === 0 ? (
          <p>{t('downloads.none')}</p>
        ) : (
          <>
            <p>{t('downloads.lead')}</p>
            <div className="exemption-cards__buttons">
              {valid.length > 1 && (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={state.busy}
                  onClick={() =>
                    void download(valid, 'card', ausweisFileName(['befreiungsausweise', year, reference]))
                  }
                >
                  {t('downloads.all')}
                </button>
              )}
              <button
                type="button"
                className="button button--secondary"
                disabled={state.busy}
                onClick={() =>
                  void download(
                    valid,
                    'sheet',
                    ausweisFileName(['befreiungsausweise', year, reference, 'a4']),
                  )
                }
              >
                {t('downloads.sheet')}
              </button>
            </div>
          </>
        )}
        <p role="status" className="exemption-cards__status">
          {state.message}
        </p>
      </section>
      {/* Pharmacies and practices may check the status online (issue 15): the person sees who did, and may object. */}
      <p>
        <Link to="/meine-befreiung/abfragen">{t('cards.checksLink')}</Link>
      </p>
    </section>
  );
}

function CardView({
  card,
  t,
  formatDate,
  children,
}: {
  card: ExemptionCard;
  t: T;
  formatDate: FormatDate;
  children: ReactNode;
}) {
  const valid = isCardValid(card);
  const name = nameOf(card);
  return (
    <article
      className={valid ? 'exemption-card' : 'exemption-card exemption-card--invalid'}
      aria-label={t(valid ? 'card.label' : 'card.labelInvalid', { name })}
    >
      <h3 className="exemption-card__band">
        <span className="exemption-card__title">{t('card.title')}</span>{' '}
        {/* The dash joins the two lines in the heading's name; on screen the second line stands on its own. */}
        <span className="visually-hidden">–</span>{' '}
        <span className="exemption-card__subtitle">
          {valid ? t('card.subtitle') : t('card.invalidTitle')}
        </span>
      </h3>
      {!valid && (
        <p className="exemption-card__invalid">
          <strong>
            {card.endedOn ? t('card.endedOn', { date: formatDate(card.endedOn) }) : t('card.notValid')}
          </strong>
        </p>
      )}
      <div className="exemption-card__body">
        <p className="exemption-card__name">
          <span className="visually-hidden">{t('card.name')}: </span>
          {name}
        </p>
        <dl className="exemption-card__facts">
          <div className="exemption-card__fact exemption-card__fact--wide">
            <dt>{t('card.kvnr')}</dt>
            {/* Plain spaces: on a narrow screen the groups wrap as wholes, never a digit on its own. */}
            <dd className="exemption-card__kvnr">{groupKvnr(card.kvnr).replace(/\u00a0/g, ' ')}</dd>
          </div>
          <div className="exemption-card__fact">
            <dt>{t('card.birthDate')}</dt>
            <dd>{formatDate(card.birthDate)}</dd>
          </div>
          <div className="exemption-card__fact exemption-card__fact--wide">
            <dt>{t('card.valid')}</dt>
            <dd>
              {t('card.validRange', { from: formatDate(card.gueltigAb), to: formatDate(card.gueltigBis) })}
            </dd>
          </div>
          <div className="exemption-card__fact">
            <dt>{t('card.insurer')}</dt>
            <dd>{card.insurerName}</dd>
          </div>
          <div className="exemption-card__fact">
            <dt>{t('card.cardNumber')}</dt>
            <dd className="exemption-card__number">{card.cardNumber}</dd>
          </div>
        </dl>
        {valid && (
          <div className="exemption-card__notes">
            <p>{t('card.ends', { date: formatDate(card.gueltigBis) })}</p>
            <p>{t('card.scope')}</p>
            <ul>
              <li>{t('card.scope.dentures')}</li>
              <li>{t('card.scope.fixedPrice')}</li>
              <li>{t('card.scope.notPrescribed')}</li>
              <li>{t('card.scope.igel')}</li>
            </ul>
          </div>
        )}
        {children}
      </div>
    </article>
  );
}
