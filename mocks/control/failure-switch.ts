import { delay, HttpResponse } from 'msw';
import { problem } from '../handlers/problem';

/**
 * Failures on demand. Browser-level interception (Playwright's page.route, setOffline) cannot reach responses the
 * service worker invents, so the mock itself must be told to fail: the next N requests of a route fail with a
 * network error or a status, and every response can be slowed down. Used by tests and by the demo control page.
 *
 * In the browser the plan is kept in sessionStorage: msw's handlers run in the page, and a plan must survive the
 * reload a test (or a curious demo visitor) makes in the middle of failing requests. In Node it lives in memory.
 */
/**
 * 'network' and a status fail before the route does anything, so a retry is a genuine first arrival.
 * 'lost-response' fails after the route did its work (see afterRoute): the answer is lost on the way back.
 * 'stall' also strikes before the route does anything, but never answers: the request hangs until the client
 * gives up (its signal aborts) or `maxStallMs` has passed.
 */
export type PlannedError = 'network' | 'lost-response' | 'stall' | number;

/** Longer than the app's largest sending timeout (src/api/submit-application.ts), shorter than forever. */
export const maxStallMs = 15 * 60 * 1000;

export type PlannedFailure = { route: string; remaining: number; error: PlannedError };

export type SwitchState = { failures: PlannedFailure[]; latencyMs: number };

const storageKey = 'zb.mock.failure-switch';
let memory: SwitchState = { failures: [], latencyMs: 0 };

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

function load(): SwitchState {
  const stored = storage()?.getItem(storageKey);
  if (!stored) return memory;
  try {
    return JSON.parse(stored) as SwitchState;
  } catch {
    return memory;
  }
}

function save(state: SwitchState): void {
  memory = state;
  storage()?.setItem(storageKey, JSON.stringify(state));
}

export function planFailures(route: string, count: number, error: PlannedError): void {
  const state = load();
  save({ ...state, failures: [...state.failures, { route, remaining: count, error }] });
}

export function setLatency(ms: number): void {
  save({ ...load(), latencyMs: ms });
}

export function resetSwitch(): void {
  save({ failures: [], latencyMs: 0 });
}

export function switchState(): SwitchState {
  return load();
}

/**
 * Consumes the next planned failure for this route ('*' plans match every route), if `accept` takes it. Plans
 * apply in the order they were made: one that is not accepted yet stays first in line.
 */
function takeFailure(
  route: string,
  accept: (failure: PlannedFailure) => boolean = () => true,
): PlannedFailure | undefined {
  const state = load();
  const index = state.failures.findIndex((f) => f.route === route || f.route === '*');
  const failure = state.failures[index];
  if (!failure || !accept(failure)) return undefined;
  const failures = [...state.failures];
  if (failure.remaining > 1) failures[index] = { ...failure, remaining: failure.remaining - 1 };
  else failures.splice(index, 1);
  save({ ...state, failures });
  return failure;
}

/**
 * Applies latency and planned failures before a route's real resolver runs. `delay()` without an argument is a
 * realistic random server time in the browser and zero in Node, so tests stay fast.
 *
 * A route that changes state passes `defersLostResponse` and calls afterRoute once it has done its work; for
 * every other route a lost response cannot be told from a network error, so it is one.
 */
export async function beforeRoute(
  route: string,
  options: { defersLostResponse?: boolean; signal?: AbortSignal } = {},
): Promise<Response | undefined> {
  await delay();
  const { latencyMs } = load();
  if (latencyMs > 0) await delay(latencyMs);
  const failure = takeFailure(
    route,
    (next) => next.error !== 'lost-response' || options.defersLostResponse !== true,
  );
  if (!failure) return undefined;
  if (failure.error === 'stall') {
    await stall(options.signal);
    return HttpResponse.error();
  }
  if (failure.error === 'network' || failure.error === 'lost-response') return HttpResponse.error();
  // problem+json like every refusal of the API, so the client reads it the same way as a real one.
  return problem(failure.error, 'mock.plannedFailure', 'Planned failure of the demo server');
}

/** Holds a request open until its client gives up, so the client's own timeout is what ends it. */
function stall(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, maxStallMs);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** After a route stored its work: a planned 'lost-response' turns the answer into a network error. */
export function afterRoute(route: string): Response | undefined {
  const failure = takeFailure(route, (next) => next.error === 'lost-response');
  return failure ? HttpResponse.error() : undefined;
}
