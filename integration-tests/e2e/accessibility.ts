import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The impacts the scan fails on: moderate and above (axe's `minor` is advice). */
const failingImpacts = new Set(['moderate', 'serious', 'critical']);

/**
 * Scans what the plugin renders: the console's page area (`#content-scrollable`) and any open dialog (the
 * plugin's modals are portaled to the body). The console's masthead and nav are the console's own.
 */
export async function expectNoAccessibilityViolations(page: Page, where: string): Promise<void> {
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
