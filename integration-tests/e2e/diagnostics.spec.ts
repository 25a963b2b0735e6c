import { readFile } from 'node:fs/promises';
import type { V1Secret } from '@kubernetes/client-node';
import { defaultByohSettings } from '../../server/src/ssh/byoh-settings';
import { KubeClient } from '../cluster/kube-client';
import { resources } from '../cluster/resources';
import { knownCauseTruth } from '../cluster/scenarios/diagnostics-known-causes';
import { dnsServerAddress, startDnsServer, type DnsServer } from '../ssh-peers/dns-server';
import { startStack } from '../stack';
import { supportBundleFiles } from '../support-bundle-files';
import { expect, test as base } from './fixtures';

/** The stack with a DNS server of the test's own, which has no PTR record for the BYOH host. */
const test = base.extend<object, { dns: DnsServer }>({
  dns: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dns = await startDnsServer(await dnsServerAddress(), 'example.com', []);
      await use(dns);
      await dns.stop();
    },
    { scope: 'worker' },
  ],
  stack: [
    async ({ scenario, consoleKind, dns }, use) => {
      const byoh = { ...defaultByohSettings, dnsServers: [dns.server] };
      const stack = await startStack({ scenario, console: consoleKind, byoh });
      await use(stack);
      await stack.stop();
    },
    { scope: 'worker', timeout: 180_000 },
  ],
});

test.use({ scenario: 'byoh-csr-pending-no-ptr' });

const node = 'ip-10-0-131-17.ec2.internal';
const { address, csr } = knownCauseTruth.byohNoPtr;

test('a BYOH host stuck at CSR pending shows that step and the missing PTR record as its cause', async ({
  page,
}) => {
  await page.goto('/windows/diagnostics');
  const row = page.getByTestId(`join-${address}`);
  await expect(row.getByTestId('join-step')).toContainText('CSR pending');
  await expect(row.getByTestId('join-cause')).toContainText(
    `The address ${address} has no PTR record`,
  );
  await row.getByRole('button', { name: /details|expand/i }).click();
  const timeline = page.getByTestId(`join-timeline-${address}`);
  await expect(timeline.getByTestId('join-step-csrs')).toHaveAttribute('data-status', 'waiting');
  await expect(timeline.getByTestId('join-step-csrs')).toContainText(
    `Waiting for approval: ${csr}`,
  );
  await expect(timeline.getByTestId('join-step-configured')).toHaveAttribute('data-status', 'done');
  const cause = timeline.getByTestId('cause-byoh-address-without-ptr');
  await expect(cause).toContainText(`Add a PTR record for ${address}`);
  await expect(cause.getByRole('link', { name: 'WMCO documentation' })).toHaveAttribute(
    'href',
    /byoh-instance-pre-requisites\.md$/,
  );
  const joined = page.getByRole('row').filter({ has: page.getByRole('link', { name: node }) });
  await expect(joined.getByTestId('join-step')).toHaveText('Joined');
});

test('Logs shows the kubelet log of a Windows node and follows the lines written to it', async ({
  page,
  stack,
}) => {
  await page.goto(`/windows/diagnostics/nodes/${node}/logs`);
  const lines = page.getByTestId('log-lines');
  await expect(lines).toContainText('"Kubelet version" kubeletVersion="v1.35.3"');
  await expect(page.getByTestId('log-source')).toContainText('kubelet/kubelet.log');
  await page.getByText('Follow').click();
  await expect(page.getByTestId('log-source')).toContainText('Following');
  const written = 'I0812 11:00:00.000001    4312 kubelet.go:2500] "written while the page follows"';
  const kubelet = await stack.kubelets.kubelet(node);
  const appendedAt = Date.now();
  kubelet.append('kubelet/kubelet.log', `${written}\n`);
  await expect(lines).toContainText('written while the page follows', { timeout: 5000 });
  console.log(`followed line shown ${String(Date.now() - appendedAt)} ms after it was written`);
});

test('a user without nodes/proxy is told they may not read node logs, and the oc command needing the same right', async ({
  page,
  stack,
  pluginHealth,
}) => {
  // The BFF's refusals of this user's reads are what the test provokes.
  pluginHealth.expectFailures(/\/api\/v1\/diagnostics\//);
  // A console process of the user's own, visited for the first time: its scripts load and compile first.
  test.setTimeout(240_000);
  await page.goto(`${await stack.consoleUrlFor('limited')}/windows/diagnostics/nodes/${node}/logs`);
  const refusal = page.getByTestId('node-logs-forbidden');
  await expect(refusal).toContainText('You may not read node logs', { timeout: 150_000 });
  await expect(refusal.getByRole('textbox')).toHaveValue(
    new RegExp(`^oc adm node-logs ${node.replaceAll('.', '\\.')} --path=\\S+$`),
  );
  await expect(page.getByTestId('log-lines')).toHaveCount(0);
  // The console warns of each refused consoleFetch; those refusals are the test's, nothing else is.
  const problems = pluginHealth.take();
  expect(problems.filter((problem) => !problem.includes(' e: node-logs-forbidden '))).toEqual([]);
});

test('the support bundle downloads, and its archive holds the expected files and no private key or token', async ({
  page,
  stack,
}) => {
  await page.goto('/windows/diagnostics');
  await page.getByRole('tab', { name: 'Support bundle' }).click();
  await page.getByRole('columnheader', { name: 'Choose every node' }).getByRole('checkbox').check();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Create support bundle' }).click();
  const download = await downloading;
  await expect(page.getByTestId('bundle-ready')).toBeVisible();
  expect(download.suggestedFilename()).toMatch(/^windows-nodes-support-.+\.tar\.gz$/);
  const files = await supportBundleFiles(await readFile(await download.path()));
  for (const name of [
    'cluster/nodes.yaml',
    'cluster/machines.yaml',
    'cluster/certificatesigningrequests.yaml',
    'wmco/subscription.yaml',
    'wmco/configmaps.yaml',
    'wmco/events.yaml',
    'wmco/secrets.yaml',
    'timelines.json',
    'manifest.json',
    `host_service_logs/${node}/kubelet/kubelet.log`,
    `host_service_logs/${node}/wicd/windows-instance-config-daemon.exe.INFO`,
  ]) {
    expect([...files.keys()], name).toContain(name);
  }
  const admin = new KubeClient({
    server: stack.cluster.server,
    caData: stack.cluster.caData,
    token: stack.cluster.tokens.admin,
  });
  try {
    const secret = await admin.get<V1Secret>(
      resources.secrets,
      'cloud-private-key',
      'openshift-windows-machine-config-operator',
    );
    const pem = Buffer.from(secret.data?.['private-key.pem'] ?? '', 'base64').toString();
    const keyLine = pem.split('\n')[1] ?? '';
    const everything = [...files.values()].join('\n');
    expect(keyLine.length).toBeGreaterThan(20);
    expect(everything).not.toContain(keyLine);
    expect(everything).not.toMatch(/BEGIN [A-Z ]*PRIVATE KEY/);
    for (const token of Object.values(stack.cluster.tokens))
      expect(everything).not.toContain(token);
  } finally {
    admin.close();
  }
});
