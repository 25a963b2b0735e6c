import { upgradeScenario } from '../cluster/scenarios/upgrade';
import { expect, test } from './fixtures';
import { approvePendingUpdate } from './upgrades-approval';

test.use({ scenario: 'upgrade' });

const working = new Set(['cordoned', 'draining', 'reconfiguring', 'rejoining']);

test('approving the update moves the nodes one at a time, live, to 5/5; a reload keeps the history', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await approvePendingUpdate(page, upgradeScenario.targetFullVersion);
  const rows = page.locator('[data-test^="upgrade-node-"]');
  await expect(rows).toHaveCount(5);
  await expect(page.getByTestId('upgrade-progress-count')).toHaveText('0 / 5');
  let navigations = 0;
  page.on('framenavigated', () => (navigations += 1));

  const seen = new Map<string, string[]>();
  let reloadedWith: string | undefined;
  // Rows whose state moved while the page reloaded: their live sequence has a gap, their timeline has not.
  const movedDuringReload = new Set<string>();
  let beforeReload: Map<string, string> | undefined;
  for (;;) {
    // Read before the rows: states only move forward, so rows read after 5/5 are all done.
    const finished = (await page.getByTestId('upgrade-progress-count').innerText()) === '5 / 5';
    const states = await rows.evaluateAll((elements) =>
      elements.map((element) => ({
        row: element.getAttribute('data-test') ?? '',
        state: element.getAttribute('data-state') ?? '',
      })),
    );
    const busy = states.filter(({ state }) => working.has(state));
    expect(busy.length, `one node at a time: ${JSON.stringify(busy)}`).toBeLessThanOrEqual(1);
    for (const { row, state } of states) {
      if (beforeReload && beforeReload.get(row) !== state) movedDuringReload.add(row);
      const history = seen.get(row) ?? [];
      if (history.at(-1) !== state) seen.set(row, [...history, state]);
    }
    beforeReload = undefined;
    const [first] = upgradeScenario.rollout;
    const firstRow = page.getByTestId(`upgrade-node-${first ?? ''}`);
    if (!reloadedWith && (await firstRow.getAttribute('data-state')) === 'done') {
      // Mid-run: the history comes back from the cluster, not from this page's memory.
      reloadedWith = await firstRow.getByTestId('node-timeline').innerText();
      beforeReload = new Map(states.map(({ row, state }) => [row, state]));
      await page.reload();
      await expect(firstRow.getByTestId('node-timeline')).toHaveText(reloadedWith);
      // The first node may be cordoned before anything sees it wait; the later ones wait (checked below).
      for (const step of ['Cordoned', 'Reconfiguring', 'Rejoining', 'Done']) {
        expect(reloadedWith).toContain(step);
      }
      expect(reloadedWith, 'each step says how long it took').toMatch(/\(took \d+ (s|min)/);
    }
    if (finished) break;
    await page.waitForTimeout(200);
  }

  expect(reloadedWith, 'reloaded mid-run').toBeDefined();
  expect(navigations, 'live without reloads, apart from the deliberate one').toBe(1);
  for (const name of upgradeScenario.rollout) {
    const row = `upgrade-node-${name}`;
    const states = seen.get(row) ?? [];
    expect(states.at(-1), name).toBe('done');
    const timeline = await page.getByTestId(row).getByTestId('node-timeline').innerText();
    for (const step of ['Reconfiguring', 'Rejoining', 'Done']) {
      expect(timeline, `${name}'s timeline`).toContain(step);
    }
    if (name !== upgradeScenario.rollout[0])
      expect(timeline, `${name} waited for the nodes before it`).toContain('Waiting');
    // Seen working live (the timeline above holds every step): on a loaded machine a 3 s step can fall
    // between two reads.
    if (movedDuringReload.has(row)) continue;
    expect(
      states.filter((state) => working.has(state)).length,
      `${name}: ${states.join(' → ')}`,
    ).toBeGreaterThanOrEqual(1);
  }
  await expect(page.getByTestId('upgrade-eta')).toContainText('About 0s');
  await expect(page.getByTestId('wmco-upgradeable')).toHaveText(/Yes/, { timeout: 10_000 });
});
