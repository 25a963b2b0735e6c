import type { Page } from '@playwright/test';
import { consoleLanguageKey } from '../dev-shell/contract';

/**
 * The console's language from the next page load on, as a user who picked it under User Preferences →
 * Language. The console (4.19 and later) starts i18next with the language stored under
 * `bridge/last-language` in localStorage, else the browser's (frontend/public/i18n.js, getLastLanguage);
 * the dev shell reads it the same way. It is written before every document, so reloads keep it even
 * where the console's preference sync removes the key. It is the page's script, not the context's: a
 * worker's tests share one context, whose scripts would pile up and run in no set order.
 */
export async function setConsoleLanguage(page: Page, language: string): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      localStorage.setItem(key, value);
    },
    [consoleLanguageKey, language] as const,
  );
}
