import type { EncodedExtension } from '@openshift-console/dynamic-plugin-sdk-webpack';
import { pageExtensions, windowsNavSection, type WindowsPageEntry } from './pages/page-extensions';
import { overviewPage } from './pages/overview/manifest';
import { installPage } from './pages/install/manifest';
import { machinesetsPage } from './pages/machinesets/manifest';
import { byohPage } from './pages/byoh/manifest';
import { workloadsPage } from './pages/workloads/manifest';
import { upgradesPage } from './pages/upgrades/manifest';
import { nodesPage } from './pages/nodes/manifest';

/** The Windows pages in nav order; each owns its manifest next to its component. */
export const windowsPages: WindowsPageEntry[] = [
  overviewPage,
  installPage,
  machinesetsPage,
  byohPage,
  workloadsPage,
  upgradesPage,
  nodesPage,
];

/** Everything the plugin contributes to the console, collected for ConsoleRemotePlugin. */
export const extensions: EncodedExtension[] = [windowsNavSection, ...pageExtensions(windowsPages)];

export const exposedModules: Record<string, string> = Object.fromEntries(
  windowsPages.map((page) => [page.module, page.file]),
);
