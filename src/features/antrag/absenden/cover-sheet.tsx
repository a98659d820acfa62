import type { AntragContent } from '../../../documents/antrag/antrag-content';
import { normaliseKvnr } from '../../../domain/identifiers/kvnr';
import { useMessages } from '../../../i18n/feature-messages';
import { insurerAddressLines } from './insurer-address';
import { sendMessages } from './send-messages';

/**
 * "Deckblatt für die Post": what the caseworker needs to match paper to the case (the reference and the
 * application number side by side, name, KVNR), the documents in the envelope and where it goes. Made from the
 * application as sent. The print stylesheet (send.css) prints this sheet alone, on one A4 page.
 */
export function CoverSheet({ content, reference }: { content: AntragContent; reference: string }) {
  const t = useMessages(sendMessages);
  const address = insurerAddressLines();
  return (
    <section className="cover-sheet" aria-labelledby="cover-sheet-title">
      <h3 id="cover-sheet-title">{t('cover.title')}</h3>
      <dl className="summary-list">
        <div>
          <dt>{t('cover.reference')}</dt>
          <dd className="cover-sheet__reference" translate="no">
            {reference}
          </dd>
        </div>
        <div>
          <dt>{t('cover.applicationId')}</dt>
          <dd className="cover-sheet__reference" translate="no">
            {content.applicationId}
          </dd>
        </div>
        <div>
          <dt>{t('cover.applicant')}</dt>
          <dd>{content.applicant.name}</dd>
        </div>
        <div>
          <dt>{t('cover.kvnr')}</dt>
          <dd translate="no">{normaliseKvnr(content.applicant.kvnr)}</dd>
        </div>
        <div>
          <dt>{t('cover.address')}</dt>
          <dd>
            <address>
              {address.map((line) => (
                <span key={line} className="cover-sheet__line">
                  {line}
                </span>
              ))}
            </address>
          </dd>
        </div>
      </dl>
      <h4>{t('cover.documents')}</h4>
      <ul className="bullets">
        {/* Two incomes of one person sent by post read the same: the position keeps them apart. */}
        {content.toSendByPost.map((item, index) => (
          <li key={index}>
            {item.document} – {item.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
