import { defineConfig } from '@playwright/test';

// Debian's Chromium: no browser downloads on these machines. The flags keep it off the closed network.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // One stack (API server, simulators, BFF, dev shell) at a time fits a 2-core machine.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
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
