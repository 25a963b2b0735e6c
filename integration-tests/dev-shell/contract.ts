/** Names the dev-shell server and its host page agree on. */
import { pluginName } from '../../server/contract/paths';

export { pluginName };

/** Where the console serves the plugin's build from; ConsoleRemotePlugin builds for this public path. */
export const pluginAssetsPath = `/api/plugins/${pluginName}/`;

/** The console bridge's CSRF double-submit cookie and header (pkg/auth/csrfverifier). */
export const csrfCookieName = 'csrf-token';
export const csrfHeaderName = 'X-CSRFToken';

/** Which test user the proxy acts for; the host's user switcher sets it. */
export const userCookieName = 'devshell-user';
export const devShellUsers = ['admin', 'limited'] as const;
export type DevShellUser = (typeof devShellUsers)[number];
export const defaultUser: DevShellUser = 'admin';

/** Where the server serves the host bundle, out of the way of the plugin's routes. */
export const hostAssetsPath = '/dev-shell/';

/** Where the console keeps the language a user chose (its Language preference), read at start-up. */
export const consoleLanguageKey = 'bridge/last-language';
