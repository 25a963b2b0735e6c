import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byohSettingsFromEnv, defaultByohSettings } from './byoh-settings';

test('defaults fit a real cluster: port 22, the system resolver', () => {
  assert.deepEqual(byohSettingsFromEnv({}), { ...defaultByohSettings, dnsServers: undefined });
});

test('a dead or silent host is reported within 10 s, yet a slow command gets its time', () => {
  const { connectTimeoutMs, keepaliveIntervalMs, commandTimeoutMs } = defaultByohSettings;
  assert.ok(connectTimeoutMs < 10_000, 'a host that never answers the handshake');
  assert.ok(3 * keepaliveIntervalMs < 10_000, 'a connection that dies mid-command: 2 asks missed');
  assert.ok(commandTimeoutMs >= 3 * connectTimeoutMs);
});

test('one request (at most 50 hosts) runs at once; a replica checks at most four such at once', () => {
  assert.equal(defaultByohSettings.parallelism, 50);
  assert.equal(defaultByohSettings.sessionsPerReplica, 4 * defaultByohSettings.parallelism);
});

test('every setting comes from the environment', () => {
  assert.deepEqual(
    byohSettingsFromEnv({
      BYOH_DNS_SERVERS: '127.0.0.1:5353, 10.0.0.10',
      BYOH_SSH_PORT: '10022',
      BYOH_CONNECT_TIMEOUT_MS: '2000',
      BYOH_COMMAND_TIMEOUT_MS: '7000',
      BYOH_KEEPALIVE_INTERVAL_MS: '500',
      BYOH_HOST_TIMEOUT_MS: '9000',
      BYOH_PARALLELISM: '2',
      BYOH_SESSIONS_PER_REPLICA: '20',
    }),
    {
      dnsServers: ['127.0.0.1:5353', '10.0.0.10'],
      sshPort: 10022,
      connectTimeoutMs: 2000,
      commandTimeoutMs: 7000,
      keepaliveIntervalMs: 500,
      hostTimeoutMs: 9000,
      parallelism: 2,
      sessionsPerReplica: 20,
    },
  );
});

test('nonsense is refused at start-up, naming the variable', () => {
  assert.throws(() => byohSettingsFromEnv({ BYOH_SSH_PORT: '70000' }), /BYOH_SSH_PORT/);
  assert.throws(() => byohSettingsFromEnv({ BYOH_PARALLELISM: '0' }), /BYOH_PARALLELISM/);
  assert.throws(
    () => byohSettingsFromEnv({ BYOH_SESSIONS_PER_REPLICA: '1.5' }),
    /BYOH_SESSIONS_PER_REPLICA/,
  );
  assert.throws(
    () => byohSettingsFromEnv({ BYOH_CONNECT_TIMEOUT_MS: 'soon' }),
    /BYOH_CONNECT_TIMEOUT_MS/,
  );
  assert.throws(
    () => byohSettingsFromEnv({ BYOH_KEEPALIVE_INTERVAL_MS: '-1' }),
    /BYOH_KEEPALIVE_INTERVAL_MS/,
  );
});
