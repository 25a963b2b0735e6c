// The check every spec ends with (fixtures.ts) catches what it is for: the plugin's failed requests and
// console messages, and raw i18n keys; the console's own noise passes.
import { consoleProxyBase } from '../../server/contract/paths';
import { expect, test } from './fixtures';

test('a failed request to the plugin’s proxy, the plugin’s console warning and a raw key are caught; the console’s own error is not', async ({
  page,
  pluginHealth,
}) => {
  await page.goto('/windows/overview');
  await expect(page.getByTestId('caller-identity')).toHaveText('Acting as admin');
  await page.evaluate(async (proxy) => {
    await fetch(`${proxy}/api/v1/no-such-route`);
    console.warn('windows-nodes-plugin: a warning of the plugin’s');
    console.error('an error of the console’s own');
    const key = document.createElement('p');
    key.textContent = '%plugin__windows-nodes-plugin~Not translated%';
    document.body.append(key);
  }, consoleProxyBase);
  await expect
    .poll(() => pluginHealth.problems.join('\n'))
    .toMatch(/HTTP 404: GET \S+\/api\/v1\/no-such-route/);
  expect(pluginHealth.take()).toEqual([
    expect.stringMatching(/^HTTP 404: GET /),
    expect.stringMatching(/^console error: Failed to load resource: .* 404/),
    expect.stringMatching(/^console warning: windows-nodes-plugin: a warning of the plugin’s/),
  ]);
  expect(await pluginHealth.rawKeysOnPage()).toEqual([
    '%plugin__windows-nodes-plugin~Not translated%',
  ]);
  await page.evaluate(() => {
    document.body.lastElementChild?.remove();
  });
});
