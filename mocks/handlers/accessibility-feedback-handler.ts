import { http, HttpResponse } from 'msw';
import {
  accessibilityFeedbackPath,
  accessibilityFeedbackRequestSchema,
  type AccessibilityFeedbackResponse,
} from '../../src/api/contracts/accessibility-feedback';
import { beforeRoute } from '../control/failure-switch';
import { problem } from './problem';

export const accessibilityFeedbackRoute = 'accessibility-feedback';

// Stands for the insurer's ticket counter; in memory, so it starts again with every page load or test run.
let lastNumber = 122;

function nextReference(): string {
  lastNumber += 1;
  return `BF-${String(lastNumber).padStart(6, '0')}`;
}

export const accessibilityFeedbackHandler = http.post(accessibilityFeedbackPath, async ({ request }) => {
  const planned = await beforeRoute(accessibilityFeedbackRoute, { signal: request.signal });
  if (planned) return planned;
  const parsed = accessibilityFeedbackRequestSchema.safeParse(await request.json().catch(() => undefined));
  if (!parsed.success) {
    return problem(
      400,
      'request.invalid',
      'Invalid accessibility feedback',
      parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
  const body: AccessibilityFeedbackResponse = { reference: nextReference() };
  return HttpResponse.json(body, { status: 201, headers: { 'Cache-Control': 'no-store' } });
});
