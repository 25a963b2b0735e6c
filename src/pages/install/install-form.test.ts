import { test } from 'node:test';
import { generateKeyPairSync } from 'node:crypto';
import assert from 'node:assert/strict';
import type { InstallState } from '../../../server/contract/install';
import { initialInstallForm, installFormErrors, toInstallRequest } from './install-form';

/** A real key made for the test, never stored. */
function generatedPrivateKey(): string {
  return generateKeyPairSync('ed25519')
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
}

const state: InstallState = {
  namespace: 'openshift-windows-machine-config-operator',
  catalogSources: [
    { name: 'community-operators', namespace: 'openshift-marketplace' },
    { name: 'redhat-operators', namespace: 'openshift-marketplace' },
  ],
  channels: [{ name: 'stable', version: '10.22.0' }],
  defaultChannel: 'stable',
  existing: { namespace: false },
  progress: { stage: 'not-started' },
  keyRotation: { machineNodes: 0, byohHosts: 0 },
  unreadable: [],
};

test('an install that stopped halfway is resumed with the choices it was started with', () => {
  const form = initialInstallForm({
    ...state,
    namespace: 'wmco',
    existing: { namespace: true },
    incomplete: {
      missing: ['operator-group', 'subscription', 'key'],
      settings: {
        clusterMonitoring: false,
        channel: 'preview',
        approval: 'Manual',
        source: 'community-operators',
        sourceNamespace: 'openshift-marketplace',
      },
    },
  });
  assert.deepEqual(
    { ...toInstallRequest(form), key: undefined },
    {
      namespace: 'wmco',
      clusterMonitoring: false,
      channel: 'preview',
      approval: 'Manual',
      source: 'community-operators',
      sourceNamespace: 'openshift-marketplace',
      key: undefined,
    },
  );
});

test('defaults are the guide’s: stable, Automatic, redhat-operators, monitoring on, a generated key', () => {
  const form = initialInstallForm(state);
  assert.deepEqual(toInstallRequest(form), {
    namespace: 'openshift-windows-machine-config-operator',
    clusterMonitoring: true,
    channel: 'stable',
    approval: 'Automatic',
    source: 'redhat-operators',
    sourceNamespace: 'openshift-marketplace',
    key: { mode: 'generate', type: 'rsa' },
  });
  assert.deepEqual(installFormErrors(form), {});
});

test('an existing key is kept by default', () => {
  const withKey = {
    ...state,
    existing: {
      namespace: true,
      key: { keyType: 'ssh-ed25519', fingerprint: 'SHA256:x', publicKey: 'ssh-ed25519 AAAA' },
    },
  };
  assert.equal(initialInstallForm(withKey).keyMode, 'keep');
});

test('each wrong field is named', () => {
  const form = initialInstallForm(state);
  assert.equal(
    installFormErrors({ ...form, namespace: 'Windows_Operator' }).namespace,
    'invalid-namespace',
  );
  assert.ok(installFormErrors({ ...form, namespace: 'a'.repeat(64) }).namespace);
  assert.equal(
    installFormErrors({ ...form, keyMode: 'upload', uploadedKey: '' }).uploadedKey,
    'no-key',
  );
  assert.ok(
    installFormErrors({ ...form, keyMode: 'upload', uploadedKey: 'ssh-rsa AAAA public' })
      .uploadedKey,
  );
  assert.deepEqual(
    installFormErrors({ ...form, keyMode: 'upload', uploadedKey: generatedPrivateKey() }),
    {},
  );
});
