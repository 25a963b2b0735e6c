// The plugin for consoles 4.22 and later: the packages of the root package.json.
import { ConsoleRemotePlugin } from '@openshift-console/dynamic-plugin-sdk-webpack';
import { pluginConfig } from './webpack.common';
import { UnversionedConsoleShares } from './webpack.unversioned-shares';

export default pluginConfig({
  build: 'console-4.22',
  remotePlugin: (options) => new ConsoleRemotePlugin(options),
  // React, react-i18next and the router are shared at their versions; the SDK as 0.0.0-fixed.
  plugins: [new UnversionedConsoleShares(['@openshift-console/dynamic-plugin-sdk'])],
});
