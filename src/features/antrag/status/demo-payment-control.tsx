import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { postAdvancePaymentStep } from '../../../api/advance-payment-demo';
import type { MockAdvancePaymentRequest } from '../../../api/contracts/advance-payment';
import type { SubmissionState } from '../../../api/contracts/submission';
import { serviceInfoQuery } from '../../../api/service-info-query';
import { submissionStatusQuery } from '../../../api/submission-status-query';
import { useMessages } from '../../../i18n/feature-messages';
import { todayIso } from '../draft/clock';
import { advanceStatusMessages } from './advance-status-messages';

/**
 * Demo only (the service info says so): the insurer's bookkeeping in two buttons, so that a visitor can see the
 * cards appear and a returned debit end them. Never shown against a production server, which has no such route.
 */
export function DemoPaymentControl({ state }: { state: SubmissionState }) {
  const t = useMessages(advanceStatusMessages);
  const info = useQuery(serviceInfoQuery());
  const queryClient = useQueryClient();
  const step = useMutation({
    mutationFn: (request: MockAdvancePaymentRequest) => postAdvancePaymentStep(state.reference, request),
    onSuccess: (next) => queryClient.setQueryData(submissionStatusQuery(state.reference, '').queryKey, next),
  });
  const payment = state.advancePayment;
  if (!info.data?.demo || !payment) return null;
  const today = todayIso();
  const canReceive = payment.state === 'erwartet';
  const canReturn = payment.method === 'directDebit' && payment.state !== 'zurueckgebucht';
  if (!canReceive && !canReturn) return null;
  return (
    <section className="demo-panel" aria-labelledby="demo-payment">
      <h3 id="demo-payment">{t('demo.title')}</h3>
      <p>{t('demo.text')}</p>
      <div className="ui-button-group">
        {canReceive && (
          <button
            type="button"
            className="button button--secondary"
            disabled={step.isPending}
            onClick={() => step.mutate({ outcome: 'received', on: today })}
          >
            {t('demo.received')}
          </button>
        )}
        {canReturn && (
          <button
            type="button"
            className="button button--secondary"
            disabled={step.isPending}
            onClick={() => step.mutate({ outcome: 'returned', on: today, reason: 'AM04' })}
          >
            {t('demo.returned')}
          </button>
        )}
      </div>
      {step.isError && <p role="alert">{t('demo.failed')}</p>}
    </section>
  );
}
