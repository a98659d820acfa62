import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n-provider';
import { defaultIdleLockMinutes, idleWarningSeconds } from '../../../storage/idle-lock-settings';
import { IdleWarning } from './idle-warning';
import { useIdleLock } from './use-idle-lock';

const minute = 60_000;

function Harness({ onLock }: { onLock: () => void }) {
  const idle = useIdleLock({
    enabled: true,
    idleMs: defaultIdleLockMinutes * minute,
    warnMs: idleWarningSeconds * 1000,
    onLock,
  });
  return (
    <>
      <label htmlFor="name">Vorname</label>
      <input id="name" />
      <IdleWarning visible={idle.warning} minutes={2} onExtend={idle.extend} />
    </>
  );
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the idle lock of a passphrase-protected store', () => {
  it('warns two minutes before, lets the user extend by keyboard, then locks after 15 idle minutes', () => {
    const onLock = vi.fn();
    render(
      <I18nProvider>
        <Harness onLock={onLock} />
      </I18nProvider>,
    );
    const field = screen.getByLabelText('Vorname');
    field.focus();
    const live = document.querySelector('[aria-live="assertive"]');
    expect(live).toBeEmptyDOMElement();

    act(() => vi.advanceTimersByTime(13 * minute));
    const warning = screen.getByRole('region', { name: 'Ihr Entwurf wird bald gesperrt' });
    expect(live).toContainElement(warning);
    expect(warning).toHaveTextContent('in 2 Minuten gesperrt');
    const extend = screen.getByRole('button', { name: 'Weiter bearbeiten' });
    expect(extend).toHaveFocus();
    expect(onLock).not.toHaveBeenCalled();

    fireEvent.keyDown(extend, { key: 'Enter' });
    fireEvent.click(extend);
    expect(screen.queryByRole('region', { name: 'Ihr Entwurf wird bald gesperrt' })).not.toBeInTheDocument();
    expect(field).toHaveFocus();

    // Extended: the full time runs again from now.
    act(() => vi.advanceTimersByTime(12 * minute));
    expect(screen.queryByRole('button', { name: 'Weiter bearbeiten' })).not.toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1 * minute));
    expect(screen.getByRole('button', { name: 'Weiter bearbeiten' })).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(2 * minute));
    expect(onLock).toHaveBeenCalledTimes(1);
  });

  it('counts typing as activity, so someone filling in a form is not locked out', () => {
    const onLock = vi.fn();
    render(
      <I18nProvider>
        <Harness onLock={onLock} />
      </I18nProvider>,
    );
    for (let step = 0; step < 6; step += 1) {
      act(() => vi.advanceTimersByTime(10 * minute));
      fireEvent.keyDown(screen.getByLabelText('Vorname'), { key: 'a' });
    }
    expect(onLock).not.toHaveBeenCalled();
  });
});
