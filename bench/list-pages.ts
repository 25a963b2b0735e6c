// The list pages at 2,000 Windows nodes in Debian's Chromium, judged against their targets: navigation →
// table interactive, a filter keystroke, a sort, the longest task, and the rows the DOM holds.
import type { ListPageFigures } from '../integration-tests/e2e/list-page-figures';
import { renderTable } from './table';

export const pageTargets = {
  interactiveMs: 1000,
  interactionP95Ms: 100,
  longestTaskMs: 200,
  /** The largest page size a list offers: the DOM holds one page, whatever the fleet. */
  rowsInDom: 100,
};

const ms = (value: number) => `${value.toFixed(0)} ms`;
const met = (ok: boolean) => (ok ? 'yes' : 'NO');

/** Measurement, measured value, target, met: five rows per page. */
export function pageRows(figures: readonly ListPageFigures[]): string[][] {
  return figures.flatMap((figure) => [
    [
      `${figure.name}: navigation → table interactive`,
      `${ms(figure.navigationMs)} (main-thread CPU ${ms(figure.cpuMs.navigation)})`,
      `≤ ${ms(pageTargets.interactiveMs)}`,
      met(figure.navigationMs <= pageTargets.interactiveMs),
    ],
    [
      `${figure.name}: a filter keystroke → table updated`,
      `p95 ${ms(figure.keystrokeMs.p95)} of ${String(figure.keystrokeMs.samples)} (CPU p95 ${ms(figure.cpuMs.keystroke.p95)})`,
      `p95 ≤ ${ms(pageTargets.interactionP95Ms)}`,
      met(figure.keystrokeMs.p95 <= pageTargets.interactionP95Ms),
    ],
    [
      `${figure.name}: a sort → table updated`,
      `p95 ${ms(figure.sortMs.p95)} of ${String(figure.sortMs.samples)} (CPU p95 ${ms(figure.cpuMs.sort.p95)})`,
      `p95 ≤ ${ms(pageTargets.interactionP95Ms)}`,
      met(figure.sortMs.p95 <= pageTargets.interactionP95Ms),
    ],
    [
      `${figure.name}: longest task of the visit`,
      ms(figure.longestTaskMs),
      `≤ ${ms(pageTargets.longestTaskMs)}`,
      met(figure.longestTaskMs <= pageTargets.longestTaskMs),
    ],
    [
      `${figure.name}: rows in the DOM`,
      `${String(figure.rowsInDom)} (${String(figure.elements)} elements in the page)`,
      `≤ ${String(pageTargets.rowsInDom)}`,
      met(figure.rowsInDom <= pageTargets.rowsInDom),
    ],
  ]);
}

/** `--only pages`: the context and the pages' rows alone. */
export function renderPagesReport(context: string[], figures: readonly ListPageFigures[]): string {
  return [
    ...context,
    '',
    renderTable(['Measurement', 'Measured', 'Target', 'Met'], pageRows(figures)),
  ].join('\n');
}
