/** URL paths of the BFF, shared by the plugin (behind the console proxy) and the server. */
export const pluginName = 'windows-nodes-plugin';
export const apiPrefix = '/api/v1';
/** Where the console forwards plugin requests to the BFF (ConsolePlugin spec.proxy alias `bff`). */
export const consoleProxyBase = `/api/proxy/plugin/${pluginName}/bff`;
