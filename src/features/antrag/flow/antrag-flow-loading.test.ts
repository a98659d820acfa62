import { afterEach, describe, expect, it, vi } from 'vitest';

// The first wizard question must not pay for every step schema (issue 11): loading the flow definition, its routes
// and its paths loads no step schema; a page's schema loads when that page is opened.
const loaded = new Set<string>();
const steps = [
  'person-steps',
  'household-steps',
  'welfare-step',
  'income-steps',
  'chronic-steps',
  'receipt-steps',
];

describe('loading the flow definition', () => {
  afterEach(() => {
    vi.resetModules();
    for (const step of steps) vi.doUnmock(`../../../domain/application/steps/${step}`);
    loaded.clear();
  });

  it('loads no step schema until a page asks for its own', async () => {
    for (const step of steps) {
      vi.doMock(`../../../domain/application/steps/${step}`, async (importOriginal) => {
        loaded.add(step);
        return importOriginal();
      });
    }
    const { antragFlow } = await import('./antrag-flow');
    await import('./flow-routes');
    await import('./flow-paths');
    expect([...loaded]).toEqual([]);

    await antragFlow['receipts.entry'].schema?.();
    expect([...loaded]).toEqual(['receipt-steps']);
  });
});
