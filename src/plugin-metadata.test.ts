import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  consoleExtensions,
  consolePlugin,
  repositoryRoot,
  windowsPages,
} from '../scripts/console-extensions';
import { i18nNamespace } from './i18n';
import { pluginName } from '../server/contract/paths';

const packageJson = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { name: string };

const ofType = (type: string) =>
  consoleExtensions
    .filter((extension) => extension.type === type)
    .map((extension) => extension.properties as Record<string, unknown>);

test('the package, the console plugin, the BFF paths and the i18n namespace agree on one name', () => {
  assert.equal(packageJson.name, pluginName);
  assert.equal(consolePlugin.name, pluginName);
  assert.equal(i18nNamespace, `plugin__${pluginName}`);
});

test('every page folder has its page exposed, a route to it and a nav item in the Windows section', () => {
  const pagesDir = path.join(repositoryRoot, 'src', 'pages');
  const folders = readdirSync(pagesDir, { withFileTypes: true }).filter((entry) =>
    entry.isDirectory(),
  );
  assert.equal(folders.length, 9);
  const [section, ...otherSections] = ofType('console.navigation/section');
  assert.deepEqual(otherSections, []);
  for (const { name: folder } of folders) {
    const pageFiles = readdirSync(path.join(pagesDir, folder)).filter((file) =>
      file.endsWith('Page.tsx'),
    );
    assert.equal(pageFiles.length, 1, `${folder}: one page component`);
    const module = path.basename(pageFiles[0] ?? '', '.tsx');
    assert.equal(consolePlugin.exposedModules?.[module], `./pages/${folder}/${module}`);
    const pagePath = `/windows/${folder}`;
    assert.deepEqual(
      ofType('console.page/route').filter((route) => route.path === pagePath),
      [{ path: pagePath, exact: true, component: { $codeRef: module } }],
      `${folder}: one route rendering ${module}`,
    );
    const [href, ...duplicates] = ofType('console.navigation/href').filter(
      (item) => item.href === pagePath,
    );
    assert.deepEqual(duplicates, [], `${folder}: one nav item`);
    assert.equal(href?.section, section?.id, `${folder}: nav item in the plugin's section`);
    assert.equal(href?.perspective, 'admin');
  }
});

test('nav items follow one another, each after the one before it, under a section after Compute', () => {
  const [section] = ofType('console.navigation/section');
  assert.equal(section?.insertAfter, 'compute');
  assert.equal(section?.perspective, 'admin');
  const hrefs = ofType('console.navigation/href');
  hrefs.forEach((href, index) => {
    assert.equal(href.insertAfter, index === 0 ? undefined : hrefs[index - 1]?.id);
  });
  assert.deepEqual(
    windowsPages.map((page) => page.path),
    hrefs.map((href) => href.href),
  );
});

test('every label the console shows is a key of the plugin’s locale', () => {
  const locale = JSON.parse(
    readFileSync(path.join(repositoryRoot, 'locales', 'en', `${i18nNamespace}.json`), 'utf8'),
  ) as Record<string, string>;
  const labels = [
    ...ofType('console.navigation/section'),
    ...ofType('console.navigation/href'),
  ].map((item) => String(item.name));
  for (const label of labels) {
    const key = new RegExp(`^%${i18nNamespace}~(.+)%$`).exec(label)?.[1];
    assert.ok(key !== undefined && key in locale, `${label} is translated`);
  }
});
