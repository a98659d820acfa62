import { http, HttpResponse } from 'msw';
import { mockControlPath, mockControlRequestSchema } from '../../src/api/contracts/mock-control';
import { planFailures, resetSwitch, setLatency, switchState } from '../control/failure-switch';
import { problem } from './problem';
import { routeNames } from './route-names';

const stateBody = () => ({ ...switchState(), routes: routeNames });

/** The failure switch over HTTP, so the demo page and browser tests reach it through the service worker too. */
export const controlHandlers = [
  http.get(mockControlPath, () => HttpResponse.json(stateBody())),
  http.post(mockControlPath, async ({ request }) => {
    const parsed = mockControlRequestSchema.safeParse(await request.json().catch(() => undefined));
    if (!parsed.success) {
      return problem(
        400,
        'request.invalid',
        'Invalid control request',
        parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      );
    }
    for (const failure of parsed.data.failures ?? [])
      planFailures(failure.route, failure.count, failure.error);
    if (parsed.data.latencyMs !== undefined) setLatency(parsed.data.latencyMs);
    return HttpResponse.json(stateBody());
  }),
  http.delete(mockControlPath, () => {
    resetSwitch();
    return HttpResponse.json(stateBody());
  }),
];
