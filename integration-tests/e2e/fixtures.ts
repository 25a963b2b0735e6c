import { test as base, type BrowserContext } from '@playwright/test';
import { startStack, type ConsoleKind, type Stack } from '../stack';
import { PluginHealth } from './plugin-health';
import { asReturningUser } from './returning-user';

interface WorkerFixtures {
  /** The cluster scenario a spec file runs against: `test.use({ scenario: 'sdn' })`. */
  scenario: string;
  /** A different value gets a fresh stack of the same scenario, for specs that change the cluster. */
  isolation: string;
  /** The console of the Playwright project: a real OpenShift console release, or the dev shell. */
  consoleKind: ConsoleKind;
  stack: Stack;
  /** One browser context per worker: the console's scripts are fetched and compiled once, not per test. */
  workerContext: BrowserContext;
}

interface TestFixtures {
  /** Fails the test on the plugin's console errors or warnings, failed requests or raw i18n keys. */
  pluginHealth: PluginHealth;
}

/**
 * Every spec runs against the whole product: real API server, simulators, BFF and the shipped bundle in a
 * console, which stays up for the worker (one per spec file and scenario).
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  scenario: ['aws-fresh', { scope: 'worker', option: true }],
  isolation: ['', { scope: 'worker', option: true }],
  consoleKind: ['dev-shell', { scope: 'worker', option: true }],
  stack: [
    // `isolation` only has to differ to get a new worker, hence a new stack.
    async ({ scenario, consoleKind, isolation: _isolation }, use) => {
      const stack = await startStack({ scenario, console: consoleKind });
      await use(stack);
      await stack.stop();
    },
    { scope: 'worker', timeout: 180_000 },
  ],
  workerContext: [
    async ({ browser, stack }, use) => {
      const context = await browser.newContext({ baseURL: stack.consoleUrl });
      await asReturningUser(context);
      // The first visit fetches and compiles the console's and the plugin's scripts (tens of seconds on
      // a loaded machine): done once here, under the fixture's timeout, not inside a test's first step.
      const page = await context.newPage();
      await page.goto('/');
      await page
        .getByRole('button', { name: 'Windows', exact: true })
        .waitFor({ state: 'visible', timeout: 150_000 });
      await page.close();
      await use(context);
      await context.close();
    },
    { scope: 'worker', timeout: 180_000 },
  ],
  context: async ({ workerContext }, use) => {
    await use(workerContext);
  },
  pluginHealth: [
    async ({ page }, use) => {
      const health = new PluginHealth(page);
      await use(health);
      const problems = [
        ...health.problems,
        ...(await health.rawKeysOnPage()).map((key) => `raw i18n key on the page: ${key}`),
      ];
      base.expect(problems, 'the plugin is clean in the console').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect } from '@playwright/test';
