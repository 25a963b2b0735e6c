import type { Locator, Page } from '@playwright/test';

/**
 * The plugin's section of the console's nav, expanded: the console shows every section collapsed until
 * it is clicked, even on one of its pages. `click` lets a journey count that click.
 */
export async function windowsNav(
  page: Page,
  click: (target: Locator) => Promise<void> = (target) => target.click(),
): Promise<Locator> {
  const toggle = page.getByRole('button', { name: 'Windows', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await click(toggle);
  return page.getByRole('region', { name: 'Windows', exact: true });
}
