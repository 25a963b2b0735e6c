// What measure-pages.ts reports per list page, and the table it prints.
import { percentile, type Interval } from './page-timing';

export interface Summary {
  p50: number;
  p95: number;
  max: number;
  samples: number;
}

export function summarize(intervals: readonly Interval[], of: 'ms' | 'cpuMs' = 'ms'): Summary {
  const values = intervals.map((interval) => interval[of]);
  return {
    p50: percentile(values, 0.5),
    p95: percentile(values, 0.95),
    max: Math.max(...values),
    samples: values.length,
  };
}

export interface ListPageFigures {
  name: string;
  loadMs: number;
  navigationMs: number;
  keystrokeMs: Summary;
  sortMs: Summary;
  /** Main-thread CPU time: what the wall times above would be on an idle machine. */
  cpuMs: { navigation: number; keystroke: Summary; sort: Summary };
  /** The longest task of the whole visit, and of each part of it. */
  longestTaskMs: number;
  longestTaskInMs: { navigation: number; keystrokes: number; sorts: number; between: number };
  rowsInDom: number;
  elements: number;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const spread = (value: Summary) => `${ms(value.p50)} / ${ms(value.p95)} / ${ms(value.max)}`;

export function renderFigures(figures: readonly ListPageFigures[]): string {
  const header = [
    'page',
    'cold load → rows',
    'nav → interactive (CPU)',
    'keystroke p50/p95/max',
    'keystroke CPU p50/p95/max',
    'sort p50/p95/max',
    'sort CPU p50/p95/max',
    'longest task (nav / keys / sorts / between)',
    'rows in DOM',
    'elements',
  ];
  const rows = figures.map((figure) => [
    figure.name,
    ms(figure.loadMs),
    `${ms(figure.navigationMs)} (${ms(figure.cpuMs.navigation)})`,
    spread(figure.keystrokeMs),
    spread(figure.cpuMs.keystroke),
    spread(figure.sortMs),
    spread(figure.cpuMs.sort),
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
