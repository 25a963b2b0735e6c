/**
 * The plugin as the console knows it: `console-extensions.json` (its nav section, each page's nav item and
 * route) and `consolePlugin` of package.json (name, version, the module each page is exposed as). Read by
 * both builds, the i18n script, the bench and the tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type {
  ConsolePluginBuildMetadata,
  EncodedExtension,
} from '@openshift-console/dynamic-plugin-sdk-webpack';

export const repositoryRoot = path.resolve(import.meta.dirname, '..');

const readJson = (file: string): unknown =>
  JSON.parse(readFileSync(path.join(repositoryRoot, file), 'utf8'));

export const consoleExtensions = readJson('console-extensions.json') as EncodedExtension[];

export const consolePlugin = (
  readJson('package.json') as { consolePlugin: ConsolePluginBuildMetadata }
).consolePlugin;

/** A Windows page as its nav item and route declare it. */
export interface WindowsPageEntry {
  /** The nav item's label, a key of the plugin's i18n namespace. */
  label: string;
  path: string;
  /** The exposed module its route renders. */
  module: string;
}

const labelKey = /^%plugin__[a-z-]+~(.+)%$/;

/** The pages in nav order: each nav item of the plugin's section, with the route of its path. */
export const windowsPages: WindowsPageEntry[] = consoleExtensions
  .filter((extension) => extension.type === 'console.navigation/href')
  .map(({ properties }) => {
    const { href, name } = properties as { href: string; name: string };
    const route = consoleExtensions.find(
      (extension) =>
        extension.type === 'console.page/route' &&
        (extension.properties as { path?: string }).path === href,
    );
    const codeRef = (route?.properties as { component?: { $codeRef?: string } } | undefined)
      ?.component?.$codeRef;
    return { label: labelKey.exec(name)?.[1] ?? name, path: href, module: codeRef ?? '' };
  });
