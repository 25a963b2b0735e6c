/**
 * The webpack share scope the console hands to plugin containers. ConsoleRemotePlugin 4.22 marks every
 * console-provided module `singleton, import: false`, so the plugin bundles none of them and fails to load
 * without them. Of that list this provides those the plugin can reach; react-redux, redux and redux-thunk
 * are left out because the plugin does not depend on them and only the real SDK (not the stand-in) would.
 * react-dom is not console-shared, so the plugin bundles its own; PatternFly is shared with the plugin's
 * fallback, so the plugin brings it.
 */
import React from 'react';
import * as ReactI18next from 'react-i18next';
import * as ReactRouter from 'react-router';
import * as OpenShiftPluginSdk from '@openshift/dynamic-plugin-sdk';
import { version as reactVersion } from 'react/package.json';
import { version as reactI18nextVersion } from 'react-i18next/package.json';
import { version as reactRouterVersion } from 'react-router/package.json';
import { version as openShiftPluginSdkVersion } from '@openshift/dynamic-plugin-sdk/package.json';
import { consoleVersion } from './console-version';
import * as ConsoleSdkStandIn from './console-sdk-stand-in';

type SharedModule = { get: () => Promise<() => unknown>; loaded: 1; from: string };
export type ShareScope = Record<string, Record<string, SharedModule>>;

const provided: [name: string, version: string, module: unknown][] = [
  // React's CommonJS exports object, as webpack hands it to consumers in the console.
  ['react', reactVersion, React],
  ['react-i18next', reactI18nextVersion, ReactI18next],
  ['react-router', reactRouterVersion, ReactRouter],
  ['@openshift/dynamic-plugin-sdk', openShiftPluginSdkVersion, OpenShiftPluginSdk],
  ['@openshift-console/dynamic-plugin-sdk', consoleVersion, ConsoleSdkStandIn],
];

export function createShareScope(): ShareScope {
  return Object.fromEntries(
    provided.map(([name, version, module]) => [
      name,
      // `loaded` makes webpack prefer this copy when it picks a singleton.
      { [version]: { get: () => Promise.resolve(() => module), loaded: 1, from: 'console' } },
    ]),
  );
}
