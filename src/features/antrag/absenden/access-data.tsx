import { Fragment } from 'react';
import { useMessages } from '../../../i18n/feature-messages';
import { sendMessages } from './send-messages';

const printClass = 'print-access-data';

/**
 * The code with a line-break opportunity after each dash: at 320 px it wraps between groups, never inside one
 * (a dash before a digit is no break opportunity of its own).
 */
export function AbrufcodeText({ code }: { code: string }) {
  const groups = code.split('-');
  return groups.map((group, index) => (
    <Fragment key={index}>
      {group}
      {index < groups.length - 1 && (
        <>
          -<wbr />
        </>
      )}
    </Fragment>
  ));
}

/**
 * What the Abrufcode is for and how to keep it, with a print of the reference and the code alone (never on the
 * cover sheet: that goes into an envelope). The code is a secret, so the page says so in plain words.
 */
export function AccessData({ reference, abrufcode }: { reference: string; abrufcode: string }) {
  const t = useMessages(sendMessages);
  const lookupAddress = new URL('/status', window.location.href).href;
  const print = () => {
    // send.css prints only this box while the class is set; print() returns once the dialog is closed.
    document.body.classList.add(printClass);
    try {
      window.print();
    } finally {
      document.body.classList.remove(printClass);
    }
  };
  return (
    <section className="access-data" aria-labelledby="access-data-title">
      <h2 id="access-data-title">{t('confirm.code.title')}</h2>
      <p>{t('confirm.code.anyDevice')}</p>
      <p>
        <strong>{t('confirm.code.secret')}</strong> {t('confirm.code.phone')}
      </p>
      <div className="access-data__print">
        <p>
          {t('confirm.reference')}: <strong translate="no">{reference}</strong>
        </p>
        <p>
          {t('confirm.code.label')}:{' '}
          <strong translate="no">
            <AbrufcodeText code={abrufcode} />
          </strong>
        </p>
        <p>{t('confirm.code.where', { address: lookupAddress })}</p>
      </div>
      <button type="button" className="button button--secondary" onClick={print}>
        {t('confirm.code.print')}
      </button>
    </section>
  );
}
