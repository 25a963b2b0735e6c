import { PluginStore, type LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import { pluginAssetsPath, pluginName } from '../contract';
import { consoleFetch } from './console-sdk-stand-in';
import { consoleVersion } from './console-version';
import { createShareScope } from './share-scope';

/** Loads the plugin the way the console does and returns its extensions, or throws why it could not. */
export async function loadPlugin(): Promise<LoadedExtension[]> {
  const store = new PluginStore({
    loaderOptions: {
      sharedScope: createShareScope(),
      entryCallbackSettings: { name: '__load_plugin_entry__' },
      // As in the console, so a manifest the BFF fails to serve reports its HTTP error.
      fetchImpl: (url, init) => consoleFetch(url, init),
      // Plugins declare which consoles they run on; without a resolution they stay pending forever.
      customDependencyResolutions: { '@console/pluginAPI': consoleVersion },
    },
  });
  await store.loadPlugin(`${pluginAssetsPath}plugin-manifest.json`);
  const info = store.getPluginInfo().find((entry) => entry.manifest.name === pluginName);
  if (info?.status === 'failed') throw new Error(info.errorMessage, { cause: info.errorCause });
  if (info?.status !== 'loaded')
    throw new Error(`Plugin ${pluginName} is ${info?.status ?? 'not in the store'}`);
  store.enablePlugins([pluginName]);
  return store.getExtensions();
}
