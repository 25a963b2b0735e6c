/**
 * The plugin's production builds, one per line of OpenShift consoles that share the same React, router,
 * PatternFly and plugin loader. The BFF serves a cluster the build of its line (from its ClusterVersion);
 * each build's manifest declares the same range as `@console/pluginAPI`, so a console outside it refuses it.
 */
export interface ConsoleLine {
  /** Folder of the build under the builds' directory (dist/). */
  build: string;
  /** The consoles it runs on, a semver range of OpenShift versions. */
  consoles: string;
}

export const consoleLines = [
  // React 18, react-router 7, PatternFly react-core 6.4, `__load_plugin_entry__`.
  { build: 'console-4.22', consoles: '>=4.22.0-0' },
  // React 17, react-router 5 with react-router-dom-v5-compat, PatternFly react-core 6.2, `loadPluginEntry`.
  { build: 'console-4.19', consoles: '>=4.19.0-0 <4.22.0-0' },
] as const satisfies readonly ConsoleLine[];

export type ConsoleBuild = (typeof consoleLines)[number]['build'];
