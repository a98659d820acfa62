import type { Duplex } from 'node:stream';
import type { MockControlRequest, MockControlState } from '../../api/contracts/mock-control';

/**
 * Failures on demand for tests and the demo, with the same contract as the mock's switch
 * (src/api/contracts/mock-control.ts): the next N requests of a route fail with a dropped connection or a
 * status, a 'lost-response' drops the connection after the route did its work, a 'stall' takes the request
 * and never answers (nothing is stored), and latency slows every route.
 * It exists only in demo mode; production gets `noFaults`, which never fails anything and cannot be changed.
 * In memory: a demo server is one process, and a plan made for one test must not outlive it.
 */
export type FaultAction =
  | { kind: 'drop' }
  | { kind: 'status'; status: number }
  /** Take the request and never answer: `hold` keeps the socket, so stopping the server can end it. */
  | { kind: 'stall'; hold(socket: Duplex): void };

/** Longer than the app's largest sending timeout (src/api/submit-application.ts), shorter than forever. */
export const maxStallMs = 15 * 60 * 1000;

export interface FaultSwitch {
  before(route: string, options?: { defersLostResponse?: boolean }): Promise<FaultAction | undefined>;
  after(route: string): FaultAction | undefined;
}

export interface ControllableFaultSwitch extends FaultSwitch {
  plan(request: MockControlRequest): void;
  /** Forgets the plans and the latency; stalled requests stay stalled until their clients give up. */
  reset(): void;
  /** Ends every stalled connection: a stopping server must not wait for clients that wait for it. */
  endStalls(): void;
  state(): Omit<MockControlState, 'routes'>;
}

export const noFaults: FaultSwitch = Object.freeze({
  before: async () => undefined,
  after: () => undefined,
});

type Plan = MockControlState['failures'][number];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createFaultSwitch(): ControllableFaultSwitch {
  let failures: Plan[] = [];
  let latencyMs = 0;

  const take = (route: string, accept: (plan: Plan) => boolean): Plan | undefined => {
    const index = failures.findIndex((plan) => plan.route === route || plan.route === '*');
    const plan = failures[index];
    if (!plan || !accept(plan)) return undefined;
    failures =
      plan.remaining > 1
        ? failures.map((p, i) => (i === index ? { ...p, remaining: p.remaining - 1 } : p))
        : failures.filter((_, i) => i !== index);
    return plan;
  };

  const stalled = new Set<Duplex>();
  const hold = (socket: Duplex) => {
    stalled.add(socket);
    const cap = setTimeout(() => socket.destroy(), maxStallMs);
    cap.unref();
    socket.once('close', () => {
      clearTimeout(cap);
      stalled.delete(socket);
    });
  };

  const actionOf = (plan: Plan): FaultAction => {
    if (typeof plan.error === 'number') return { kind: 'status', status: plan.error };
    return plan.error === 'stall' ? { kind: 'stall', hold } : { kind: 'drop' };
  };

  return {
    async before(route, options = {}) {
      if (latencyMs > 0) await sleep(latencyMs);
      const plan = take(
        route,
        (next) => next.error !== 'lost-response' || options.defersLostResponse !== true,
      );
      return plan && actionOf(plan);
    },
    after(route) {
      const plan = take(route, (next) => next.error === 'lost-response');
      return plan && actionOf(plan);
    },
    plan(request) {
      for (const failure of request.failures ?? []) {
        failures = [...failures, { route: failure.route, remaining: failure.count, error: failure.error }];
      }
      if (request.latencyMs !== undefined) latencyMs = request.latencyMs;
    },
    reset() {
      failures = [];
      latencyMs = 0;
    },
    endStalls() {
      for (const socket of stalled) socket.destroy();
      stalled.clear();
    },
    state: () => ({ failures: failures.map((plan) => ({ ...plan })), latencyMs }),
  };
}
