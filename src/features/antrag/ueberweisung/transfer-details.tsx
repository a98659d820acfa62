import { Component, Suspense, lazy, useEffect, useRef, useState, type ReactNode } from 'react';
import type { AdvancePaymentStatus } from '../../../api/contracts/advance-payment';
import type { ServiceInfo } from '../../../api/contracts/service-info';
import {
  plainAmount,
  plainPaymentReference,
  transferPayload,
  type TransferData,
} from '../../../documents/transfer-slip/transfer-data';
import { formatIbanForDisplay } from '../../../domain/identifiers/iban';
import { formatMoney } from '../../../domain/money/format-money';
import { printedPaymentReference } from '../../../domain/vorauszahlung/payment-reference';
import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { transferMessages } from './transfer-messages';
import '../../../ui/ui.css';
import './transfer.css';

// uqr and the SVG code load with this page's QR code only, never with the app's first bytes (ADR 0019).
const GirocodeSvg = lazy(() => import('./girocode-svg').then((module) => ({ default: module.GirocodeSvg })));

export type TransferDetailsProps = {
  payment: AdvancePaymentStatus;
  /** The application's reference (Vorgangsnummer), ZB-2027-000123: on the slip and in its file name. */
  reference: string;
  bank: ServiceInfo['advancePayment'];
  insurerName: string;
};

type Row = { key: string; label: string; shown: string; copied: string };

/**
 * How to pay an advance payment by transfer: recipient, IBAN, BIC, amount and payment reference, each with a
 * button that copies it as a banking app takes it (IBAN and RF reference without spaces) and says in a polite live
 * region what it copied; the GiroCode (EPC069-12) with a text alternative that says what it holds; and the same
 * as a PDF to print. Self-contained: the status page mounts it with the status answer and the service info.
 */
export function TransferDetails({ payment, reference, bank, insurerName }: TransferDetailsProps) {
  const t = useMessages(transferMessages);
  const language = useI18n().language === 'en' ? 'en' : 'de';
  const data: TransferData = {
    insurerName,
    accountHolder: bank.accountHolder,
    iban: bank.iban,
    bic: bank.bic,
    amountCents: payment.amountCents,
    year: payment.year,
    applicationReference: reference,
    paymentReference: payment.paymentReference,
  };
  const payload = transferPayload(data);
  const structured = payment.paymentReference.style === 'structured';
  const referenceLabel = structured ? t('transfer.reference') : t('transfer.remittance');
  const amount = formatMoney(payment.amountCents, language);
  const ibanShown = formatIbanForDisplay(bank.iban);
  const referenceShown = printedPaymentReference(payment.paymentReference);
  const rows: Row[] = [
    {
      key: 'recipient',
      label: t('transfer.recipient'),
      shown: bank.accountHolder,
      copied: bank.accountHolder,
    },
    { key: 'iban', label: t('transfer.iban'), shown: ibanShown, copied: bank.iban },
    { key: 'bic', label: t('transfer.bic'), shown: bank.bic, copied: bank.bic },
    {
      key: 'amount',
      label: t('transfer.amount'),
      shown: amount,
      copied: plainAmount(payment.amountCents, language),
    },
    {
      key: 'reference',
      label: referenceLabel,
      shown: referenceShown,
      copied: plainPaymentReference(payment.paymentReference),
    },
  ];
  const announce = useAnnouncer();

  const copy = async (row: Row) => {
    try {
      // Missing outside a secure context and in old browsers; refused when the page lacks the permission.
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('No Clipboard API');
      await navigator.clipboard.writeText(row.copied);
      announce.say(t('transfer.copied', { label: row.label }));
    } catch {
      announce.say(t('transfer.copyFailed', { label: row.label }));
    }
  };

  return (
    <section className="transfer-details" aria-labelledby="transfer-details-title">
      <h2 id="transfer-details-title">{t('transfer.title')}</h2>
      <p>{t('transfer.lead', { insurer: insurerName })}</p>
      <dl className="summary-list ui-summary-list transfer-details__list">
        {rows.map((row) => (
          <div className="ui-summary-list__row" key={row.key}>
            <dt>{row.label}</dt>
            <dd className="transfer-details__value" translate="no">
              {row.shown}
            </dd>
            <dd className="ui-summary-list__actions">
              <button
                type="button"
                className="button button--secondary transfer-details__copy"
                aria-label={t('transfer.copyLabel', { label: row.label })}
                onClick={() => void copy(row)}
              >
                {t('transfer.copy')}
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announce.text}
      </p>
      <p>{structured ? t('transfer.exact.structured') : t('transfer.exact.text')}</p>

      <h3>{t('transfer.qr.title')}</h3>
      {payload.ok ? (
        <>
          <p>{t('transfer.qr.how')}</p>
          <div className="transfer-details__qr">
            <QrBoundary fallback={<p>{t('transfer.qr.unavailable')}</p>}>
              <Suspense fallback={<p>{t('transfer.qr.loading')}</p>}>
                <GirocodeSvg
                  payload={payload.value}
                  label={t('transfer.qr.alt', {
                    recipient: bank.accountHolder,
                    iban: ibanShown,
                    bic: bank.bic,
                    amount,
                    referenceLabel,
                    reference: referenceShown,
                  })}
                />
              </Suspense>
            </QrBoundary>
          </div>
        </>
      ) : (
        <p>{t('transfer.qr.unavailable')}</p>
      )}

      {payload.ok && <SlipDownload data={data} language={language} reference={reference} />}
    </section>
  );
}

/** One polite live region's text: cleared first, so copying the same value twice is announced twice. */
function useAnnouncer(): { text: string; say: (text: string) => void } {
  const [text, setText] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return {
    text,
    say: (next) => {
      setText('');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setText(next), 100);
    },
  };
}

function SlipDownload({
  data,
  language,
  reference,
}: {
  data: TransferData;
  language: 'de' | 'en';
  reference: string;
}) {
  const t = useMessages(transferMessages);
  const [state, setState] = useState<{ busy: boolean; message: string }>({ busy: false, message: '' });
  const download = async () => {
    setState({ busy: true, message: t('transfer.slip.busy') });
    try {
      // pdf-lib, fontkit and the font load on this click only.
      const [{ renderTransferSlip }, { loadFontBytes }] = await Promise.all([
        import('../../../documents/transfer-slip/render-transfer-slip'),
        import('../absenden/load-font'),
      ]);
      const bytes = await renderTransferSlip({ data, language, fontBytes: await loadFontBytes() });
      const name = `ueberweisung-${reference}.pdf`;
      downloadBytes(bytes, name);
      setState({ busy: false, message: t('transfer.slip.done', { name }) });
    } catch {
      setState({ busy: false, message: t('transfer.slip.failed') });
    }
  };
  return (
    <>
      <h3>{t('transfer.slip.title')}</h3>
      <button
        type="button"
        className="button button--secondary"
        disabled={state.busy}
        onClick={() => void download()}
      >
        {t('transfer.slip.download')}
      </button>
      <p role="status">{state.message}</p>
    </>
  );
}

/** Saves bytes through the browser's download; nothing leaves the device. */
function downloadBytes(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** A failed chunk load (offline, a new deployment) shows a sentence instead of taking the page down. */
class QrBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
