// What a spec must not leave behind in the browser: the plugin's console errors and warnings, its failed
// requests, raw i18n keys. The console logs plenty of its own (404s for kinds this cluster lacks, a redux
// version warning, see ../shared/console/README.md): only what comes from the plugin counts, judged by
// source — the plugin's scripts and requests, or its name in the message.
import type { ConsoleMessage, Page, Request, Response } from '@playwright/test';
import { consoleProxyBase, pluginName } from '../../server/contract/paths';

const pluginAssets = `/api/plugins/${pluginName}/`;
const fromPlugin = (text: string) => text.includes(pluginName);
const isPluginUrl = (url: string) => {
  const { pathname } = new URL(url);
  return pathname.startsWith(pluginAssets) || pathname.startsWith(`${consoleProxyBase}/`);
};

export class PluginHealth {
  readonly problems: string[] = [];
  /** Requests a spec expects to fail (an API server outage, say), by URL. */
  private readonly expected: RegExp[] = [];

  constructor(private readonly page: Page) {
    page.on('console', (message) => {
      this.onConsole(message);
    });
    page.on('pageerror', (error) => {
      if (fromPlugin(`${error.message}\n${error.stack ?? ''}`))
        this.problems.push(`uncaught ${error.message}`);
    });
    page.on('requestfailed', (request) => {
      this.onFailed(request);
    });
    page.on('response', (response) => {
      this.onResponse(response);
    });
  }

  /** The problems seen so far, forgotten: for a spec that provokes them on purpose. */
  take(): string[] {
    return this.problems.splice(0);
  }

  /** Failures of requests to matching URLs are what the spec provokes, not problems. */
  expectFailures(url: RegExp): void {
    this.expected.push(url);
  }

  /** Raw keys of the plugin's namespace left on the page (untranslated nav labels, say). */
  async rawKeysOnPage(): Promise<string[]> {
    if (this.page.isClosed()) return [];
    const text = await this.page.locator('body').innerText();
    return [...text.matchAll(/%?plugin__windows-nodes-plugin~[^\n%]*%?/g)].map(([key]) => key);
  }

  private onConsole(message: ConsoleMessage): void {
    const type = message.type();
    if (type !== 'error' && type !== 'warning') return;
    const text = message.text();
    const source = message.location().url;
    if (!fromPlugin(text) && !(source && isPluginUrl(source))) return;
    // An expected failure's console lines name its URL: the browser's own, or the console's fetch warning.
    if (this.isExpected(source) || this.isExpected(text)) return;
    this.problems.push(`console ${type}: ${text.split('\n')[0] ?? ''} (${source})`);
  }

  private onFailed(request: Request): void {
    const failure = request.failure()?.errorText ?? '';
    // Aborted: the page navigated away or closed a stream itself, which is no failure of the plugin's.
    if (!isPluginUrl(request.url()) || failure === 'net::ERR_ABORTED') return;
    if (this.isExpected(request.url())) return;
    this.problems.push(`request failed: ${request.method()} ${request.url()} (${failure})`);
  }

  private onResponse(response: Response): void {
    if (response.status() < 400 || !isPluginUrl(response.url())) return;
    if (this.isExpected(response.url())) return;
    this.problems.push(
      `HTTP ${response.status()}: ${response.request().method()} ${response.url()}`,
    );
  }

  private isExpected(url: string): boolean {
    return this.expected.some((pattern) => pattern.test(url));
  }
}
