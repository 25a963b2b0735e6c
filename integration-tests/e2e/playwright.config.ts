import { defineConfig } from '@playwright/test';
import type { ConsoleKind } from '../stack';
import { chooseConsole, smokeSpecs } from './console-choice';

const { realConsole } = chooseConsole();
const project = (consoleKind: ConsoleKind, specs: { testMatch?: string; testIgnore?: string }) => ({
  name: consoleKind === 'dev-shell' ? 'dev-shell' : `console-${consoleKind}`,
  use: { consoleKind },
  ...specs,
});

// Debian's Chromium: no browser downloads on these machines. The flags keep it off the closed network.
export default defineConfig<object, { consoleKind: ConsoleKind }>({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './print-console-choice.ts',
  projects: realConsole
    ? [project('4.22', { testIgnore: smokeSpecs }), project('4.20', { testMatch: smokeSpecs })]
    : [project('dev-shell', { testIgnore: smokeSpecs })],
  // One stack (API server, simulators, BFF, console) at a time fits a 2-core machine.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  // What a page shows once its data arrived: the console loads far more than the plugin on a busy machine.
  expect: { timeout: 20_000 },
  reporter: [['list']],
  outputDir: '../../test-results',
  use: {
    browserName: 'chromium',
    // The console's own convention for test hooks.
    testIdAttribute: 'data-test',
    headless: true,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
