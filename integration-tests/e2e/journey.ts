import type { Locator } from '@playwright/test';

/** Counts what a person does on the way: every click (selects count as clicks) and every field typed in. */
export class Journey {
  clicks = 0;
  typedFields = 0;

  async click(target: Locator): Promise<void> {
    this.clicks += 1;
    await target.click();
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
