import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extensions, exposedModules, windowsPages } from './extensions';
import { i18nNamespace } from './i18n';
import { pluginName } from '../server/contract/paths';

const packageJson = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as {
  name: string;
  consolePlugin: { name: string };
};

test('the package, the console plugin, the BFF paths and the i18n namespace agree on one name', () => {
  assert.equal(packageJson.name, pluginName);
  assert.equal(packageJson.consolePlugin.name, pluginName);
  assert.equal(i18nNamespace, `plugin__${pluginName}`);
});

test('every page has a nav entry in the Windows section, a route under /windows/ and its own module', () => {
  const hrefs = extensions.filter((e) => e.type === 'console.navigation/href');
  const routes = extensions.filter((e) => e.type === 'console.page/route');
  assert.equal(windowsPages.length, 7);
  assert.equal(hrefs.length, windowsPages.length);
  assert.equal(routes.length, windowsPages.length);
  for (const page of windowsPages) {
    assert.match(page.path, /^\/windows\/[a-z]+$/);
    assert.equal(exposedModules[page.module], page.file);
  }
  assert.equal(
    new Set(windowsPages.map((p) => p.path)).size,
    windowsPages.length,
    'paths are unique',
  );
});
