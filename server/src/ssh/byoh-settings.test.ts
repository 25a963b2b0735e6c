import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byohSettingsFromEnv, defaultByohSettings } from './byoh-settings';

test('defaults fit a real cluster: port 22, the system resolver', () => {
  assert.deepEqual(byohSettingsFromEnv({}), { ...defaultByohSettings, dnsServers: undefined });
});

test('every setting comes from the environment', () => {
  assert.deepEqual(
    byohSettingsFromEnv({
      BYOH_DNS_SERVERS: '127.0.0.1:5353, 10.0.0.10',
      BYOH_SSH_PORT: '10022',
      BYOH_STEP_TIMEOUT_MS: '2000',
      BYOH_HOST_TIMEOUT_MS: '9000',
      BYOH_PARALLELISM: '2',
    }),
    {
      dnsServers: ['127.0.0.1:5353', '10.0.0.10'],
      sshPort: 10022,
      stepTimeoutMs: 2000,
      hostTimeoutMs: 9000,
      parallelism: 2,
    },
  );
});

test('nonsense is refused at start-up, naming the variable', () => {
  assert.throws(() => byohSettingsFromEnv({ BYOH_SSH_PORT: '70000' }), /BYOH_SSH_PORT/);
  assert.throws(() => byohSettingsFromEnv({ BYOH_PARALLELISM: '0' }), /BYOH_PARALLELISM/);
  assert.throws(
    () => byohSettingsFromEnv({ BYOH_STEP_TIMEOUT_MS: 'soon' }),
    /BYOH_STEP_TIMEOUT_MS/,
  );
});
