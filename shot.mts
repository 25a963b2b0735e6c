import { chromium } from '@playwright/test';
import { startStack } from './integration-tests/stack';
const stack = await startStack({ scenario: process.argv[2] ?? 'aws-fresh' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
for (const p of (process.argv[3] ?? 'overview').split(',')) {
  await page.goto(`${stack.devShellUrl}/windows/${p}`);
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `/tmp/shot-${p}.png`, fullPage: true });
}
await browser.close();
await stack.stop();
