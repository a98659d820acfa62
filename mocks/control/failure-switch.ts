import { delay, HttpResponse } from 'msw';

/**
 * Failures on demand. Browser-level interception (Playwright's page.route, setOffline) cannot reach responses the
 * service worker invents, so the mock itself must be told to fail: the next N requests of a route fail with a
 * network error or a status, and every response can be slowed down. Used by tests and by the demo control page.
 */
export type PlannedFailure = { route: string; remaining: number; error: 'network' | number };

export type SwitchState = { failures: PlannedFailure[]; latencyMs: number };

const state: SwitchState = { failures: [], latencyMs: 0 };

export function planFailures(route: string, count: number, error: 'network' | number): void {
  state.failures.push({ route, remaining: count, error });
}

export function setLatency(ms: number): void {
  state.latencyMs = ms;
}

export function resetSwitch(): void {
  state.failures = [];
  state.latencyMs = 0;
}

export function switchState(): SwitchState {
  return { failures: state.failures.map((failure) => ({ ...failure })), latencyMs: state.latencyMs };
}

/** Consumes one planned failure for this route, if any ('*' plans match every route). */
function takeFailure(route: string): PlannedFailure | undefined {
  const failure = state.failures.find((f) => f.route === route || f.route === '*');
  if (!failure) return undefined;
  failure.remaining -= 1;
  if (failure.remaining <= 0) state.failures = state.failures.filter((f) => f !== failure);
  return failure;
}

/**
 * Applies latency and planned failures before a route's real resolver runs. `delay()` without an argument is a
 * realistic random server time in the browser and zero in Node, so tests stay fast.
 */
export async function beforeRoute(route: string): Promise<Response | undefined> {
  await delay();
  if (state.latencyMs > 0) await delay(state.latencyMs);
  const failure = takeFailure(route);
  if (!failure) return undefined;
  if (failure.error === 'network') return HttpResponse.error();
  return HttpResponse.json(
    { title: 'Planned failure of the demo server', status: failure.error, code: 'mock.plannedFailure' },
    { status: failure.error },
  );
}
