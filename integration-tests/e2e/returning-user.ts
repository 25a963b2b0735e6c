import type { BrowserContext } from '@playwright/test';

/** A returning user: the console greets a first visit with a guided tour that covers the page. */
export async function asReturningUser(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const key = 'console-user-settings';
    const settings = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
    settings['console.guidedTour'] ??= { admin: { completed: true } };
    localStorage.setItem(key, JSON.stringify(settings));
  });
}
