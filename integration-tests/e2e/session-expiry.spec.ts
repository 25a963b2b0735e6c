import { KubeClient } from '../cluster/kube-client';
import { createRevocableUser } from '../cluster/revocable-user';
import { wmcoInstalledWithNodes } from '../cluster/scenarios/wmco-installed-with-nodes';
import { startDevShell } from '../dev-shell/server';
import { expect, test } from './fixtures';

test.use({ scenario: 'wmco-installed-with-nodes', isolation: 'session-expiry' });

test('a session revoked while the page streams: the page says so and stops showing the nodes', async ({
  page,
  stack,
}) => {
  test.setTimeout(90_000);
  const admin = new KubeClient({
    server: stack.cluster.server,
    caData: stack.cluster.caData,
    token: stack.cluster.tokens.admin,
  });
  // The console's proxy forwards this user's token: one that can be revoked, as an OAuth session can.
  const user = await createRevocableUser(admin, 'browser-session');
  const shell = await startDevShell({
    port: 0,
    bffUrl: stack.bffUrl,
    tokens: { admin: user.token, limited: stack.cluster.tokens.limited },
  });
  try {
    const node = wmcoInstalledWithNodes.nodes[0]?.name ?? '';
    await page.goto(`${shell.url}/windows/nodes`);
    await expect(page.getByTestId(`node-${node}`)).toBeVisible();
    await expect(page.getByTestId('session-expired')).toHaveCount(0);

    await user.revoke();
    const revokedAt = Date.now();
    const expired = page.getByTestId('session-expired');
    await expect(expired).toBeVisible({ timeout: 40_000 });
    console.log(`the page said so ${String(Date.now() - revokedAt)} ms after the revocation`);
    await expect(expired).toContainText('Your session has expired');
    await expect(page.getByTestId(`node-${node}`)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  } finally {
    await shell.stop();
    admin.close();
  }
});
