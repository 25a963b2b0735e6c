// The plugin for consoles 4.19 to 4.21, from the same src/: this folder's packages (React 17, react-router 5
// with its v6 compat layer, PatternFly react-core 6.2, the SDK of that line) are found first, and
// src/console.4.19.ts stands in for src/console.ts. Run from this folder: ConsoleRemotePlugin reads the
// shared modules' versions from the package.json and node_modules of the working directory.
import path from 'node:path';
import { ConsoleRemotePlugin } from '@openshift-console/dynamic-plugin-sdk-webpack';
import { pluginConfig } from '../webpack.common';
import { UnversionedConsoleShares } from '../webpack.unversioned-shares';

export default pluginConfig({
  build: 'console-4.19',
  remotePlugin: (options) => new ConsoleRemotePlugin(options),
  nodeModules: path.join(import.meta.dirname, 'node_modules'),
  moduleSuffix: '.4.19',
  // These consoles share all their modules under the version `*`.
  plugins: [new UnversionedConsoleShares()],
});
