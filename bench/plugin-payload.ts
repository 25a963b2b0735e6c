// What the browser fetches from the plugin, per page: every page is opened in a fresh Chromium context in
// the real OpenShift console 4.22 (the dev shell where its files are missing), and every response from
// the plugin's asset path (manifest, scripts, locales) is gzipped as a serving proxy would send it.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { windowsPages } from '../scripts/console-extensions';
import { i18nNamespace } from '../src/i18n';
import browserTests from '../integration-tests/e2e/playwright.config';
import { hasRealConsole, startRealConsole } from '../integration-tests/console/real-console';
import { hostBuildDir } from '../integration-tests/dev-shell/build';
import { pluginAssetsPath } from '../integration-tests/dev-shell/contract';
import { startDevShell } from '../integration-tests/dev-shell/server';

const repositoryRoot = path.resolve(import.meta.dirname, '..');
const distDir = path.join(repositoryRoot, 'dist');
const manifestFile = 'console-4.22/plugin-manifest.json';
/** The console the payload is measured in. */
export const payloadConsole = hasRealConsole('4.22')
  ? 'the real OpenShift console 4.22'
  : 'the dev shell';
/** No new plugin JS for this long after the page rendered: whatever it loads lazily has arrived. */
const quietMs = 1000;

export interface PluginBuild {
  /** A private copy of dist/, for the BFFs to serve. */
  dir: string;
  builtAt: Date;
  remove(): Promise<void>;
}

/**
 * Builds the plugin and the dev shell's host if either is missing, and copies dist/: `npm run build`
 * starts by deleting dist/, and a build by someone else mid-run must not change what is measured.
 */
export async function preparePluginBuild(log: (line: string) => void): Promise<PluginBuild> {
  const outputs = [['build', path.join(distDir, manifestFile)]];
  if (!hasRealConsole('4.22'))
    outputs.push(['build:dev-shell', path.join(hostBuildDir, 'index.html')]);
  for (const [script = '', output = ''] of outputs) {
    if (existsSync(output)) continue;
    log(`${output} is missing: npm run ${script}`);
    // Its output to stderr: stdout is the bench's table.
    execFileSync('npm', ['run', script], { cwd: repositoryRoot, stdio: ['ignore', 2, 2] });
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'windows-nodes-bench-dist-'));
  await cp(distDir, dir, { recursive: true, preserveTimestamps: true });
  return {
    dir,
    builtAt: statSync(path.join(dir, manifestFile)).mtime,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

export interface PagePayload {
  id: string;
  path: string;
  /** Every plugin file (manifest, scripts, locale) the page needed, from a fresh browser. */
  files: number;
  gzipBytes: number;
  /** What the page downloads after the Overview: its files the Overview did not need. */
  extraFiles: number;
  extraGzipBytes: number;
}

/** Plugin file URLs and their gzipped sizes, for one page opened in a fresh browser context. */
async function pluginFiles(browser: Browser, url: string): Promise<Map<string, number>> {
  const context = await browser.newContext();
  const scripts = new Map<string, number>();
  let lastScriptAt = performance.now();
  const pending: Promise<void>[] = [];
  try {
    const page = await context.newPage();
    page.on('response', (response) => {
      if (!isFromPlugin(new URL(response.url()))) return;
      lastScriptAt = performance.now();
      pending.push(
        response.body().then((body) => {
          scripts.set(response.url().split('?')[0] ?? '', gzipSync(body).length);
        }),
      );
    });
    await page.goto(url);
    // Rendered: the page frame shows who is acting, which only the plugin's code does.
    await page.locator('[data-test="caller-identity"]').waitFor({ timeout: 60_000 });
    while (performance.now() - lastScriptAt < quietMs) await sleep(100);
    await Promise.all(pending);
  } finally {
    await context.close();
  }
  return scripts;
}

const overviewPath = '/windows/overview';
/** The plugin's assets, and its translations, which the console's bridge fetches from it and relays. */
const isFromPlugin = ({ pathname, searchParams }: URL) =>
  pathname.startsWith(pluginAssetsPath) ||
  (pathname === '/locales/resource.json' && searchParams.get('ns') === i18nNamespace);
const total = (sizes: Iterable<number>) => [...sizes].reduce((sum, size) => sum + size, 0);

export async function measurePluginPayload(options: {
  bffUrl: string;
  apiServer: string;
  tokens: { admin: string; limited: string };
}): Promise<PagePayload[]> {
  const shell = hasRealConsole('4.22')
    ? await startRealConsole({
        version: '4.22',
        apiServer: options.apiServer,
        token: options.tokens.admin,
        bffUrl: options.bffUrl,
      })
    : await startDevShell({ port: 0, bffUrl: options.bffUrl, tokens: options.tokens });
  // The browser tests' Chromium, with their flags.
  const browser = await chromium.launch(browserTests.use?.launchOptions);
  try {
    const loaded = [];
    for (const page of windowsPages) {
      loaded.push({ page, scripts: await pluginFiles(browser, `${shell.url}${page.path}`) });
    }
    const overview = loaded.find(({ page }) => page.path === overviewPath)?.scripts ?? new Map();
    return loaded.map(({ page, scripts }) => {
      const extra = [...scripts].filter(([url]) => !overview.has(url)).map(([, size]) => size);
      return {
        id: page.path.slice('/windows/'.length),
        path: page.path,
        files: scripts.size,
        gzipBytes: total(scripts.values()),
        extraFiles: extra.length,
        extraGzipBytes: total(extra),
      };
    });
  } finally {
    await browser.close();
    await shell.stop();
  }
}
