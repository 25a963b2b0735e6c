/**
 * The console release this shell imitates: the one whose SDK the plugin is built against. It versions the
 * SDK stand-in in the share scope and resolves the plugin's `@console/pluginAPI` dependency.
 */
export { version as consoleVersion } from '@openshift-console/dynamic-plugin-sdk/package.json';
