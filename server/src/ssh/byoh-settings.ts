/** How the BFF reaches BYOH hosts. Every value has a default fit for a real cluster. */
export interface ByohSettings {
  /** DNS servers (`ip` or `ip:port`) that resolve instance names and PTR records; default: the system's. */
  dnsServers?: string[];
  /** WMCO always uses 22; only tests point the BFF elsewhere. */
  sshPort: number;
  /** One DNS answer, TCP connection, or SSH handshake up to a finished login. */
  connectTimeoutMs: number;
  /** One catalogue command, while the connection itself keeps answering. */
  commandTimeoutMs: number;
  /** How often a quiet SSH connection is asked whether it is alive; two unanswered asks drop it. */
  keepaliveIntervalMs: number;
  /** Everything the preflight does for one host. */
  hostTimeoutMs: number;
  /** Hosts one preflight request checks at the same time. */
  parallelism: number;
  /** Hosts one BFF replica checks at the same time, over every caller's preflights. */
  sessionsPerReplica: number;
}

export const defaultByohSettings: ByohSettings = {
  sshPort: 22,
  // A host that answers at all sends its SSH banner at once and logs in within a second or two; five
  // seconds is generous, and reports a silent host well within ten.
  connectTimeoutMs: 5_000,
  // PowerShell's first start on a busy Windows Server can take many seconds: a slow command is waited for.
  commandTimeoutMs: 30_000,
  // A dead peer (host gone, connection black-holed) is noticed 4–6 s after it stops answering, even while
  // a slow command is still allowed its time.
  keepaliveIntervalMs: 2_000,
  hostTimeoutMs: 60_000,
  // Hosts are remote and checking one is waiting on the network: it costs the BFF a few sockets and one
  // key exchange. So a whole request (at most 50 hosts) runs at once; lower it only where a firewall
  // objects to bursts of SSH connections.
  parallelism: 50,
  // Each host checked holds an SSH session (about 60 KB of the BFF's memory, measured with 500 at once):
  // ten callers checking 50 hosts each wait their turn for a part of them rather than take 30 MB at once.
  sessionsPerReplica: 200,
};

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} ${text} is not a positive integer`);
  return value;
}

/**
 * BYOH_DNS_SERVERS (comma-separated), BYOH_SSH_PORT, BYOH_CONNECT_TIMEOUT_MS, BYOH_COMMAND_TIMEOUT_MS,
 * BYOH_KEEPALIVE_INTERVAL_MS, BYOH_HOST_TIMEOUT_MS, BYOH_PARALLELISM, BYOH_SESSIONS_PER_REPLICA.
 */
export function byohSettingsFromEnv(env: NodeJS.ProcessEnv): ByohSettings {
  const dnsServers = env.BYOH_DNS_SERVERS?.split(',')
    .map((server) => server.trim())
    .filter(Boolean);
  const setting = (name: string, key: Exclude<keyof ByohSettings, 'dnsServers'>) =>
    positiveInteger(env, name, defaultByohSettings[key]);
  const sshPort = setting('BYOH_SSH_PORT', 'sshPort');
  if (sshPort > 65535) throw new Error(`BYOH_SSH_PORT ${String(sshPort)} is not a port number`);
  return {
    dnsServers: dnsServers?.length ? dnsServers : undefined,
    sshPort,
    connectTimeoutMs: setting('BYOH_CONNECT_TIMEOUT_MS', 'connectTimeoutMs'),
    commandTimeoutMs: setting('BYOH_COMMAND_TIMEOUT_MS', 'commandTimeoutMs'),
    keepaliveIntervalMs: setting('BYOH_KEEPALIVE_INTERVAL_MS', 'keepaliveIntervalMs'),
    hostTimeoutMs: setting('BYOH_HOST_TIMEOUT_MS', 'hostTimeoutMs'),
    parallelism: setting('BYOH_PARALLELISM', 'parallelism'),
    sessionsPerReplica: setting('BYOH_SESSIONS_PER_REPLICA', 'sessionsPerReplica'),
  };
}
