import { setTimeout as sleep } from 'node:timers/promises';
import { KubeClient } from '../cluster/kube-client';
import { resources } from '../cluster/resources';
import { wmcoInstalledWithNodes } from '../cluster/scenarios/wmco-installed-with-nodes';
import { expect, test } from './fixtures';

test.use({ scenario: 'wmco-installed-with-nodes', isolation: 'outage' });

test('an API server restart while the page streams: /readyz reports it, the page recovers within 5 s', async ({
  page,
  stack,
}) => {
  const target = wmcoInstalledWithNodes.nodes.find((node) => node.ready);
  if (!target) throw new Error('the scenario has no Ready node');
  await page.goto('/windows/nodes');
  const row = page.getByTestId(`node-${target.name}`);
  await expect(row).toContainText('Ready');
  await expect(row).not.toContainText('Not Ready');

  let outageReported = false;
  let restarted = false;
  const restart = stack.cluster.restartApiServer().then(() => {
    restarted = true;
  });
  while (!restarted) {
    const readyz = await fetch(`${stack.bffUrl}/readyz`).catch(() => undefined);
    if (readyz?.status === 503) outageReported = true;
    await sleep(100);
  }
  await restart;
  const backAt = Date.now();
  expect(outageReported).toBe(true);
  expect((await fetch(`${stack.bffUrl}/readyz`)).status).toBe(200);

  const admin = new KubeClient({
    server: stack.cluster.server,
    caData: stack.cluster.caData,
    token: stack.cluster.tokens.admin,
  });
  try {
    const node = await admin.get<{
      metadata: object;
      status: { conditions: { type: string; status: string }[] };
    }>(resources.nodes, target.name);
    const conditions = node.status.conditions.map((condition) =>
      condition.type === 'Ready'
        ? { ...condition, status: 'False', reason: 'KubeletNotReady', message: 'after the outage' }
        : condition,
    );
    await admin.mergePatch(
      resources.nodes,
      { name: target.name, subresource: 'status' },
      { status: { conditions } },
    );
  } finally {
    admin.close();
  }
  await expect(row).toContainText('Not Ready', { timeout: 5000 - (Date.now() - backAt) });
  console.log(`page recovered ${String(Date.now() - backAt)} ms after the API server was back`);
});
