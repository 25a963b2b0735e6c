import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The impacts the scan fails on: moderate and above (axe's `minor` is advice). */
const failingImpacts = new Set(['moderate', 'serious', 'critical']);

/**
 * Scans what the plugin renders: the console's page area (`#content-scrollable`) and any open dialog (the
 * plugin's modals are portaled to the body). The console's masthead and nav are the console's own.
 */
export async function expectNoAccessibilityViolations(page: Page, where: string): Promise<void> {
  await transitionsSettled(page);
  let scan = new AxeBuilder({ page }).include('#content-scrollable');
  if ((await page.getByRole('dialog').count()) > 0) scan = scan.include('[role="dialog"]');
  const { violations } = await scan.analyze();
  const failing = violations
    .filter((violation) => failingImpacts.has(violation.impact ?? ''))
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      elements: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
    }));
  // Soft: one run reports every page's violations, and the test still fails.
  expect.soft(failing, `axe-core on ${where}: no moderate or worse violation`).toEqual([]);
}

/**
 * Waits out the finite CSS transitions and animations running now (a link button turning from disabled grey to
 * blue as its data arrives): axe measures the colours of the moment, mid-fade. Spinners run forever and are
 * left to run.
 */
async function transitionsSettled(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}
