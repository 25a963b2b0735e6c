// The list pages at fleet scale, measured in Debian's Chromium on the production bundle: the `large`
// scenario (2,000 Windows nodes, 100 MachineSets, 500 BYOH entries), each page reached by its nav link
// and loaded cold, then filtered key by key and sorted column by column. Prints one row per page.
//   npm run build && npm run build:dev-shell
//   tsx integration-tests/e2e/measure-pages.ts [--only Nodes --only …] [--json file]
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { isMainModule } from '../dev-shell/is-main-module';
import { startStack } from '../stack';
import browserTests from './playwright.config';
import {
  domSize,
  instrumentPage,
  longestWithin,
  longTasksSince,
  pageClock,
  percentile,
  timeInteraction,
  timePageLoad,
  type Interval,
} from './page-timing';

export interface ListPageTarget {
  name: string;
  path: string;
  navLink: string;
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
    navLink: 'Nodes',
    table: '[data-test="nodes-table"]',
    row: '[data-test="nodes-table"] tr[data-test^="node-"]',
    typed: 'ip-10-0-13',
  },
  {
    name: 'Upgrades',
    path: '/windows/upgrades',
    navLink: 'Upgrades',
    table: '[data-test="upgrade-nodes"]',
    row: '[data-test="upgrade-nodes"] tr[data-test^="upgrade-node-"]',
    typed: 'ip-10-0-13',
  },
  {
    name: 'MachineSets',
    path: '/windows/machinesets',
    navLink: 'MachineSets',
    table: '[data-test="machinesets-table"]',
    row: '[data-test="machinesets-table"] tbody[data-test^="machineset-"]',
    typed: 'windows-0',
  },
  {
    name: 'MachineSet machines',
    path: '/windows/machinesets',
    navLink: 'MachineSets',
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
    navLink: 'BYOH instances',
    table: '[data-test="byoh-instances"]',
    row: '[data-test="byoh-instances"] tr[data-test^="instance-"]',
    typed: '10.1.4',
  },
];

export interface ListPageFigures {
  name: string;
  loadMs: number;
  navigationMs: number;
  keystrokeMs: { p50: number; p95: number; max: number; samples: number };
  sortMs: { p50: number; p95: number; max: number; samples: number };
  /** The longest task of the whole visit, and of each part of it. */
  longestTaskMs: number;
  longestTaskInMs: { navigation: number; keystrokes: number; sorts: number; between: number };
  rowsInDom: number;
  elements: number;
}

function summary(intervals: readonly Interval[]) {
  const values = intervals.map((interval) => interval.ms);
  return {
    p50: percentile(values, 0.5),
    p95: percentile(values, 0.95),
    max: Math.max(...values),
    samples: values.length,
  };
}

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
  const since = await pageClock(page);
  const navigation = await timeInteraction(
    page,
    'click',
    () =>
      page.getByRole('navigation').getByRole('link', { name: target.navLink, exact: true }).click(),
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
    }
    const headers = page.locator(`${target.table} > thead th button`);
    const count = await headers.count();
    for (let column = 0; column < count; column += 1) {
      for (let twice = 0; twice < 2; twice += 1) {
        sorts.push(await timeInteraction(page, 'click', () => headers.nth(column).click()));
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
    keystrokeMs: summary(keystrokes),
    sortMs: summary(sorts),
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

const ms = (value: number) => `${value.toFixed(0)} ms`;

export function renderFigures(figures: readonly ListPageFigures[]): string {
  const header = [
    'page',
    'cold load → rows',
    'nav → interactive',
    'keystroke p50/p95/max',
    'sort p50/p95/max',
    'longest task (nav / keys / sorts / between)',
    'rows in DOM',
    'elements',
  ];
  const rows = figures.map((figure) => [
    figure.name,
    ms(figure.loadMs),
    ms(figure.navigationMs),
    `${ms(figure.keystrokeMs.p50)} / ${ms(figure.keystrokeMs.p95)} / ${ms(figure.keystrokeMs.max)}`,
    `${ms(figure.sortMs.p50)} / ${ms(figure.sortMs.p95)} / ${ms(figure.sortMs.max)}`,
    `${ms(figure.longestTaskMs)} (${[
      figure.longestTaskInMs.navigation,
      figure.longestTaskInMs.keystrokes,
      figure.longestTaskInMs.sorts,
      figure.longestTaskInMs.between,
    ]
      .map((value) => value.toFixed(0))
      .join(' / ')})`,
    String(figure.rowsInDom),
    String(figure.elements),
  ]);
  return [header, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { json: { type: 'string' }, only: { type: 'string', multiple: true } },
  });
  const targets = listPageTargets.filter(
    (target) => !values.only || values.only.includes(target.name),
  );
  const repositoryRoot = path.resolve(import.meta.dirname, '../..');
  if (!existsSync(path.join(repositoryRoot, 'dist', 'plugin-manifest.json'))) {
    throw new Error('Build the plugin first: npm run build && npm run build:dev-shell');
  }
  const started = performance.now();
  const stack = await startStack({ scenario: 'large' });
  console.error(`large scenario up in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const browser = await chromium.launch(browserTests.use?.launchOptions);
  try {
    const figures: ListPageFigures[] = [];
    for (const target of targets) {
      const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
      const page = await context.newPage();
      await instrumentPage(page);
      figures.push(await measureListPage(page, stack.devShellUrl, target));
      await context.close();
      console.error(`measured ${target.name}`);
    }
    console.log(renderFigures(figures));
    if (values.json) await writeFile(values.json, `${JSON.stringify(figures, null, 2)}\n`);
  } finally {
    await browser.close();
    await stack.stop();
  }
}

if (isMainModule(import.meta.url)) await main();
