/** Limits the BFF's schemas enforce and the plugin respects; no TypeBox here, so the plugin stays small. */

/** Hosts one SSH preflight request may check. */
export const maxPreflightHosts = 50;
