import { test as base } from '@playwright/test';
import { startStack, type Stack } from '../stack';

interface WorkerFixtures {
  /** The cluster scenario a spec file runs against: `test.use({ scenario: 'sdn' })`. */
  scenario: string;
  stack: Stack;
}

/** Every spec runs against the whole product: real API server, simulators, BFF and the shipped bundle. */
export const test = base.extend<object, WorkerFixtures>({
  scenario: ['aws-fresh', { scope: 'worker', option: true }],
  stack: [
    async ({ scenario }, use) => {
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
