/** How the BFF reaches BYOH hosts. Every value has a default fit for a real cluster. */
export interface ByohSettings {
  /** DNS servers (`ip` or `ip:port`) that resolve instance names and PTR records; default: the system's. */
  dnsServers?: string[];
  /** WMCO always uses 22; only tests point the BFF elsewhere. */
  sshPort: number;
  /** One TCP connection, DNS answer, SSH handshake or command. */
  stepTimeoutMs: number;
  /** Everything the preflight does for one host. */
  hostTimeoutMs: number;
  /** Hosts checked at the same time. */
  parallelism: number;
}

export const defaultByohSettings: ByohSettings = {
  sshPort: 22,
  stepTimeoutMs: 10_000,
  hostTimeoutMs: 60_000,
  parallelism: 4,
};

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} ${text} is not a positive integer`);
  return value;
}

/** BYOH_DNS_SERVERS (comma-separated), BYOH_SSH_PORT, BYOH_STEP_TIMEOUT_MS, BYOH_HOST_TIMEOUT_MS, BYOH_PARALLELISM. */
export function byohSettingsFromEnv(env: NodeJS.ProcessEnv): ByohSettings {
  const dnsServers = env.BYOH_DNS_SERVERS?.split(',')
    .map((server) => server.trim())
    .filter(Boolean);
  const sshPort = positiveInteger(env, 'BYOH_SSH_PORT', defaultByohSettings.sshPort);
  if (sshPort > 65535) throw new Error(`BYOH_SSH_PORT ${String(sshPort)} is not a port number`);
  return {
    dnsServers: dnsServers?.length ? dnsServers : undefined,
    sshPort,
    stepTimeoutMs: positiveInteger(env, 'BYOH_STEP_TIMEOUT_MS', defaultByohSettings.stepTimeoutMs),
    hostTimeoutMs: positiveInteger(env, 'BYOH_HOST_TIMEOUT_MS', defaultByohSettings.hostTimeoutMs),
    parallelism: positiveInteger(env, 'BYOH_PARALLELISM', defaultByohSettings.parallelism),
  };
}
