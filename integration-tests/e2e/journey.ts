import { expect, type Locator } from '@playwright/test';

/**
 * Counts what a person does on the way: every click (selects count as clicks) and every field typed in.
 * A primary action (Next, Create, Install, a hand-off) must be in view where it is clicked: Playwright's
 * click would scroll to it silently, a person has to find it first.
 */
export class Journey {
  clicks = 0;
  typedFields = 0;
  primaryActions = 0;

  async click(target: Locator): Promise<void> {
    this.clicks += 1;
    await target.click();
  }

  async primary(target: Locator): Promise<void> {
    await expect(target).toBeVisible();
    const box = await target.boundingBox();
    const viewport = target.page().viewportSize();
    const name = (await target.textContent()) ?? '';
    expect(box, `${name}: laid out`).not.toBeNull();
    expect(viewport, 'a fixed viewport').not.toBeNull();
    if (box && viewport) {
      const inView =
        box.y >= 0 &&
        box.x >= 0 &&
        box.y + box.height <= viewport.height &&
        box.x + box.width <= viewport.width;
      expect(inView, `"${name}" in view without scrolling: ${JSON.stringify(box)}`).toBe(true);
    }
    this.primaryActions += 1;
    await this.click(target);
  }

  async select(target: Locator, value: string): Promise<void> {
    this.clicks += 1;
    await target.selectOption(value);
  }

  async type(target: Locator, value: string): Promise<void> {
    this.typedFields += 1;
    await target.fill(value);
  }
}
