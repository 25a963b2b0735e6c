import { test as base } from '@playwright/test';
import { startStack, type Stack } from '../stack';

interface WorkerFixtures {
  /** The cluster scenario a spec file runs against: `test.use({ scenario: 'sdn' })`. */
  scenario: string;
  /** A different value gets a fresh stack of the same scenario, for specs that change the cluster. */
  isolation: string;
  stack: Stack;
}

/** Every spec runs against the whole product: real API server, simulators, BFF and the shipped bundle. */
export const test = base.extend<object, WorkerFixtures>({
  scenario: ['aws-fresh', { scope: 'worker', option: true }],
  isolation: ['', { scope: 'worker', option: true }],
  stack: [
    // `isolation` only has to differ to get a new worker, hence a new stack.
    async ({ scenario, isolation: _isolation }, use) => {
      const stack = await startStack({ scenario });
      await use(stack);
      await stack.stop();
    },
    { scope: 'worker', timeout: 180_000 },
  ],
  baseURL: async ({ stack }, use) => {
    await use(stack.devShellUrl);
  },
});

export { expect } from '@playwright/test';
