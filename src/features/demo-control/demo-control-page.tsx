import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { mockControlQuery, postMockControl, resetMockControl } from '../../api/mock-control-query';
import type { MockControlState } from '../../api/contracts/mock-control';
import { useMessages } from '../../i18n/feature-messages';
import { useI18n } from '../../i18n/use-i18n';
import { demoControlMessages } from './demo-control-messages';
import { PageHeading } from '../../ui/page-heading';
import { usePageTitle } from '../../ui/use-page-title';

// The failures the switch plans (ADR 0005): before the route works, after it worked (the answer is lost), never
// answering, or a status.
const namedErrors = ['network', 'lost-response', 'stall'] as const;
type NamedError = (typeof namedErrors)[number];
type ErrorChoice = NamedError | '503' | '500';
const isNamed = (choice: string): choice is NamedError => (namedErrors as readonly string[]).includes(choice);

/** Demo only: lets a visitor make the embedded server fail or slow down, to see that the app copes. */
export function DemoControlPage() {
  const { t: core } = useI18n();
  const t = useMessages(demoControlMessages);
  usePageTitle(t('demo.title'), core('app.name'));
  const queryClient = useQueryClient();
  const state = useQuery(mockControlQuery());
  const [route, setRoute] = useState('*');
  const [count, setCount] = useState('1');
  const [error, setError] = useState<ErrorChoice>('network');
  const [latency, setLatency] = useState('0');
  const ids = { route: useId(), count: useId(), error: useId(), latency: useId() };

  const onSuccess = (data: MockControlState) => queryClient.setQueryData(mockControlQuery().queryKey, data);
  const apply = useMutation({ mutationFn: postMockControl, onSuccess });
  const reset = useMutation({ mutationFn: resetMockControl, onSuccess });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const failures =
      Number(count) > 0
        ? [{ route, count: Number(count), error: isNamed(error) ? error : Number(error) }]
        : [];
    apply.mutate({ failures, latencyMs: Math.max(0, Math.round(Number(latency) || 0)) });
  };

  const describeRoute = (name: string) => (name === '*' ? t('demo.route.all') : name);
  const describeError = (planned: MockControlState['failures'][number]['error']) =>
    typeof planned === 'number' ? `HTTP ${planned}` : t(`demo.error.${planned}`);
  return (
    <div className="page">
      <PageHeading>{t('demo.title')}</PageHeading>
      <p className="lead">{t('demo.lead')}</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={ids.route}>{t('demo.route')}</label>
          <select id={ids.route} value={route} onChange={(e) => setRoute(e.target.value)}>
            {(state.data?.routes ?? ['*']).map((name) => (
              <option key={name} value={name}>
                {describeRoute(name)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.count}>{t('demo.count')}</label>
          <input
            id={ids.count}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            value={count}
            onChange={(e) => setCount(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.error}>{t('demo.error')}</label>
          <select id={ids.error} value={error} onChange={(e) => setError(e.target.value as ErrorChoice)}>
            <option value="network">{t('demo.error.network')}</option>
            <option value="lost-response">{t('demo.error.lost-response')}</option>
            <option value="stall">{t('demo.error.stall')}</option>
            <option value="503">{t('demo.error.503')}</option>
            <option value="500">{t('demo.error.500')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.latency}>{t('demo.latency')}</label>
          <input
            id={ids.latency}
            type="number"
            inputMode="numeric"
            min={0}
            max={60000}
            step={100}
            value={latency}
            onChange={(e) => setLatency(e.target.value)}
          />
        </div>
        <div className="button-group">
          <button type="submit" className="button">
            {t('demo.apply')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => reset.mutate()}>
            {t('demo.reset')}
          </button>
        </div>
      </form>
      <h2>{t('demo.state')}</h2>
      <div role="status">
        {state.data && state.data.failures.length === 0 && <p>{t('demo.state.none')}</p>}
        <ul className="bullets">
          {state.data?.failures.map((failure, index) => (
            <li key={index}>
              {t('demo.state.failures', {
                count: failure.remaining,
                error: describeError(failure.error),
                route: describeRoute(failure.route),
              })}
            </li>
          ))}
        </ul>
        {state.data && state.data.latencyMs > 0 && (
          <p>{t('demo.state.latency', { ms: state.data.latencyMs })}</p>
        )}
        {(apply.isSuccess || reset.isSuccess) && <p>{t('demo.saved')}</p>}
      </div>
    </div>
  );
}
