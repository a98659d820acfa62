import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { contractTargets, type ContractTarget, type ContractTargetFactory } from './contract-target';

/**
 * Registers the suite once per target: the target starts once per file and target (PGlite's first start takes
 * seconds), and planned failures are forgotten before every test. `target()` is valid inside the tests.
 */
export function describeEachTarget(title: string, tests: (target: () => ContractTarget) => void): void {
  describe.each(contractTargets.map((factory) => ({ factory, name: factory.name })))(
    `${title} ($name)`,
    ({ factory }: { factory: ContractTargetFactory }) => {
      let running: ContractTarget | undefined;
      beforeAll(async () => {
        running = await factory.start();
      });
      afterAll(async () => {
        await running?.close();
        running = undefined;
      });
      beforeEach(async () => {
        await running?.reset();
      });
      tests(() => {
        if (!running) throw new Error(`${factory.name} did not start`);
        return running;
      });
    },
  );
}
