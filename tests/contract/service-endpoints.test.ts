import { describe, expect, it } from 'vitest';
import {
  accessibilityFeedbackPath,
  accessibilityFeedbackResponseSchema,
} from '../../src/api/contracts/accessibility-feedback';
import { commonProblemCodes } from '../../src/api/contracts/api-problem';
import { serviceInfoPath, serviceInfoSchema } from '../../src/api/contracts/service-info';
import { expectProblem } from './support/contract-requests';
import type { ContractTarget } from './support/contract-target';
import { describeEachTarget } from './support/use-target';

const postFeedback = (target: ContractTarget, body: string, contentType = 'application/json') =>
  target.fetch(accessibilityFeedbackPath, { method: 'POST', headers: { 'Content-Type': contentType }, body });

// One target start per file and target: PGlite's first start is slow.
describeEachTarget('service info and accessibility feedback', (target) => {
  describe('GET /api/v1/service-info', () => {
    it('answers 200 with the insurer details in the contract shape', async () => {
      const response = await target().fetch(serviceInfoPath);
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toMatch(/^application\/json(;|$)/);
      const info = serviceInfoSchema.parse(await response.json());
      expect(info.demo).toBe(true);
    });
  });

  describe('POST /api/v1/accessibility-feedback', () => {
    it('answers 201 with a reference that can be read aloud, a new one for every report', async () => {
      const first = await postFeedback(
        target(),
        JSON.stringify({
          description: 'Der Weiter-Knopf ist mit der Tastatur nicht erreichbar.',
          language: 'de',
        }),
      );
      expect(first.status).toBe(201);
      const { reference } = accessibilityFeedbackResponseSchema.parse(await first.json());
      expect(reference).toMatch(/^BF-\d{6}$/);
      const second = await postFeedback(
        target(),
        JSON.stringify({
          description: 'Contrast too low on the summary page',
          name: 'Erika Mustermann',
          email: 'erika@example.org',
          page: '/antrag/zusammenfassung',
        }),
      );
      expect(second.status).toBe(201);
      const next = accessibilityFeedbackResponseSchema.parse(await second.json());
      expect(next.reference).toMatch(/^BF-\d{6}$/);
      expect(next.reference).not.toBe(reference);
    });

    it('refuses unknown fields with 400 request.invalid', async () => {
      const response = await postFeedback(
        target(),
        JSON.stringify({ description: 'Barriere', phone: '0800' }),
      );
      await expectProblem(response, 400, commonProblemCodes.requestInvalid);
    });

    it('refuses a report without a description (or a blank one) with 400 request.invalid', async () => {
      await expectProblem(
        await postFeedback(target(), JSON.stringify({ name: 'Erika' })),
        400,
        commonProblemCodes.requestInvalid,
      );
      await expectProblem(
        await postFeedback(target(), JSON.stringify({ description: '   ' })),
        400,
        commonProblemCodes.requestInvalid,
      );
    });

    it('refuses a body that is not JSON with 400 request.invalid', async () => {
      const response = await postFeedback(target(), '{"description": "Barriere"');
      await expectProblem(response, 400, commonProblemCodes.requestInvalid);
    });
  });
});
