import { describe, expect, it } from 'vitest';
import { applicationLimit } from '../domain/application/application-limit';
import { sampleContext, sampleDrafts } from '../domain/application/sample-drafts.test-support';
import { toLimitCaseJson } from '../domain/limit-case/limit-case-json';
import { runLimitCli } from './run-limit-cli';
import { checkApplication } from '../domain/application/check-application';

// The limit page shows applicationLimit(draft); a caseworker runs `npm run limit` on the case file of the same data.
// Both must print the same figures, to the cent and the day.
describe('the explained limit and the CLI agree', () => {
  it.each(Object.entries(sampleDrafts))('for the %s household', (_, make) => {
    const draft = make();
    const file = JSON.stringify(toLimitCaseJson(checkApplication(draft, sampleContext).limitCase.data).json);
    const outcome = runLimitCli(['case.json'], { readFile: () => file, cwd: '/cases' });
    expect(outcome.stderr).toBe('');
    expect(outcome.exitCode).toBe(0);
    const printed = JSON.parse(outcome.stdout) as Record<string, unknown>;
    const shown = applicationLimit(checkApplication(draft, sampleContext))!.result;
    for (const field of [
      'grossIncomeCents',
      'deductions',
      'assessableIncomeCents',
      'ratePercent',
      'limitCents',
      'countedMemberIds',
      'paidCents',
      'limitReachedOn',
      'refundCents',
    ] as const) {
      expect(printed[field], field).toEqual(shown[field]);
    }
  });
});
