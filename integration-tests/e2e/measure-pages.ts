// The list pages at fleet scale, measured in Debian's Chromium on the production bundle: the `large`
// scenario (2,000 Windows nodes, 100 MachineSets, 500 BYOH entries), each page reached by its nav link
// and loaded cold, then filtered key by key and sorted column by column. Prints one row per page.
//   npm run build && npm run build:dev-shell
//   tsx integration-tests/e2e/measure-pages.ts [--console 4.22] [--only Nodes --only …] [--json file]
// With --console 4.22 (or 4.20) the pages are measured in that real console (../shared/console), else in
// the dev shell.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { hostBuildDir } from '../dev-shell/build';
import { isMainModule } from '../dev-shell/is-main-module';
import type { ConsoleVersion } from '../console/real-console';
import { startStack, type ConsoleKind } from '../stack';
import browserTests from './playwright.config';
import { renderFigures, summarize, type ListPageFigures } from './list-page-figures';
import { asReturningUser } from './returning-user';
import {
  domSize,
  instrumentPage,
  longestWithin,
  longTasksSince,
  pageClock,
  timeInteraction,
  timePageLoad,
  type Interval,
} from './page-timing';

/** A quick typist's pace, and a pause to read the table between two sorts. */
const typingPauseMs = 120;
const readingPauseMs = 500;

export interface ListPageTarget {
  name: string;
  path: string;
  /** The table, and a row of it that only data (not the skeleton) renders. */
  table: string;
  row: string;
  /** Typed into the list's filter one key at a time, then erased again. */
  typed: string;
  /** Before filtering: what opens the list measured (a folded MachineSet's machines). */
  open?: (page: Page) => Promise<void>;
}

export const listPageTargets: ListPageTarget[] = [
  {
    name: 'Nodes',
    path: '/windows/nodes',
    table: '[data-test="nodes-table"]',
    row: '[data-test="nodes-table"] tr[data-test^="node-"]',
    typed: 'ip-10-0-13',
  },
  {
    name: 'Upgrades',
    path: '/windows/upgrades',
    table: '[data-test="upgrade-nodes"]',
    row: '[data-test="upgrade-nodes"] tr[data-test^="upgrade-node-"]',
    typed: 'ip-10-0-13',
  },
  {
    name: 'MachineSets',
    path: '/windows/machinesets',
    table: '[data-test="machinesets-table"]',
    row: '[data-test="machinesets-table"] tbody[data-test^="machineset-"]',
    typed: 'windows-0',
  },
  {
    name: 'MachineSet machines',
    path: '/windows/machinesets',
    table: '[data-test="machines-table"]',
    row: '[data-test="machinesets-table"] tbody[data-test^="machineset-"]',
    typed: 'ip-10-0-12',
    open: async (page) => {
      await page
        .locator('[data-test="machinesets-table"] tbody')
        .first()
        .locator('button')
        .first()
        .click();
      await page
        .locator('[data-test="machines-table"] tr[data-test^="machine-"]')
        .first()
        .waitFor();
    },
  },
  {
    name: 'BYOH instances',
    path: '/windows/byoh',
    table: '[data-test="byoh-instances"]',
    row: '[data-test="byoh-instances"] tr[data-test^="instance-"]',
    typed: '10.1.4',
  },
];

/** One page's figures; `page` has been instrumented and shows another Windows page. */
export async function measureListPage(
  page: Page,
  baseUrl: string,
  target: ListPageTarget,
  rounds = 2,
): Promise<ListPageFigures> {
  const load = await timePageLoad(page, `${baseUrl}${target.path}`, target.row);
  await page.goto(`${baseUrl}/windows/overview`);
  await page.locator('[data-test="caller-identity"]').waitFor();
  const section = page
    .getByRole('navigation')
    .getByRole('button', { name: 'Windows', exact: true });
  if ((await section.getAttribute('aria-expanded')) === 'false') await section.click();
  const since = await pageClock(page);
  const navigation = await timeInteraction(
    page,
    'click',
    () => page.getByRole('navigation').locator(`a[href="${target.path}"]`).click(),
    target.row,
  );
  await target.open?.(page);
  const size = await domSize(page, target.table);
  const list = page
    .locator(target.table)
    .locator('xpath=ancestor::*[@data-test][contains(@data-test,"-list")][1]');
  const input = list.locator('[data-test="list-filter"] input').first();
  const keystrokes: Interval[] = [];
  const sorts: Interval[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const key of [
      ...Array.from(target.typed),
      ...Array.from(target.typed, () => 'Backspace'),
    ]) {
      keystrokes.push(await timeInteraction(page, 'keydown', () => input.press(key)));
      await page.waitForTimeout(typingPauseMs);
    }
    const headers = page.locator(`${target.table} > thead th button`);
    const count = await headers.count();
    for (let column = 0; column < count; column += 1) {
      for (let twice = 0; twice < 2; twice += 1) {
        sorts.push(await timeInteraction(page, 'click', () => headers.nth(column).click()));
        await page.waitForTimeout(readingPauseMs);
      }
    }
  }
  // The URL follows typed text after a pause: its work counts too.
  await page.waitForTimeout(1000);
  const tasks = await longTasksSince(page, since);
  const inside = [navigation, ...keystrokes, ...sorts];
  const between = tasks.filter((task) => longestWithin([task], inside) === 0);
  return {
    name: target.name,
    loadMs: load.ms,
    navigationMs: navigation.ms,
    keystrokeMs: summarize(keystrokes),
    sortMs: summarize(sorts),
    cpuMs: {
      navigation: navigation.cpuMs,
      keystroke: summarize(keystrokes, 'cpuMs'),
      sort: summarize(sorts, 'cpuMs'),
    },
    longestTaskMs: tasks[0]?.duration ?? 0,
    longestTaskInMs: {
      navigation: longestWithin(tasks, [navigation]),
      keystrokes: longestWithin(tasks, keystrokes),
      sorts: longestWithin(tasks, sorts),
      between: between[0]?.duration ?? 0,
    },
    rowsInDom: size.rows,
    elements: size.elements,
  };
}

/**
 * Each target page at the `large` scenario in `consoleKind`, one fresh browser context per page (a returning
 * user's, so no tour), after a stack of its own has started.
 */
export async function measureListPages(
  consoleKind: ConsoleKind,
  targets: readonly ListPageTarget[],
  log: (line: string) => void,
): Promise<ListPageFigures[]> {
  const repositoryRoot = path.resolve(import.meta.dirname, '../..');
  const builds = [path.join(repositoryRoot, 'dist', 'console-4.22', 'plugin-manifest.json')];
  if (consoleKind === 'dev-shell') builds.push(path.join(hostBuildDir, 'index.html'));
  if (!builds.every((build) => existsSync(build))) {
    throw new Error('Build the plugin first: npm run build && npm run build:dev-shell');
  }
  const started = performance.now();
  const stack = await startStack({ scenario: 'large', console: consoleKind });
  log(
    `large scenario in the ${consoleKind} console up in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  const browser = await chromium.launch(browserTests.use?.launchOptions);
  try {
    const figures: ListPageFigures[] = [];
    for (const target of targets) {
      const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
      await asReturningUser(context);
      const page = await context.newPage();
      await instrumentPage(page);
      figures.push(await measureListPage(page, stack.consoleUrl, target));
      await context.close();
      log(`measured ${target.name}`);
    }
    return figures;
  } finally {
    await browser.close();
    await stack.stop();
  }
}

const loadAverages = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'string' },
      only: { type: 'string', multiple: true },
      console: { type: 'string' },
    },
  });
  const targets = listPageTargets.filter(
    (target) => !values.only || values.only.includes(target.name),
  );
  console.error(`load average at the start ${loadAverages()}`);
  const consoles: readonly ConsoleVersion[] = ['4.22', '4.20'];
  const consoleKind = consoles.find((version) => version === values.console) ?? 'dev-shell';
  if (values.console && consoleKind === 'dev-shell') {
    throw new Error(`--console takes ${consoles.join(' or ')}`);
  }
  const figures = await measureListPages(consoleKind, targets, (line) => {
    console.error(line);
  });
  console.log(renderFigures(figures));
  console.log(`load average ${loadAverages()} (2 cores)`);
  if (values.json) await writeFile(values.json, `${JSON.stringify(figures, null, 2)}\n`);
}

if (isMainModule(import.meta.url)) await main();
