import { test } from 'node:test';
import assert from 'node:assert/strict';
import { machineStoredForm, nodeStoredForm } from './stored-forms';

test('a Node is kept without its image list, and with everything the pages read', () => {
  const kept = nodeStoredForm({
    metadata: { name: 'win-a', labels: { 'kubernetes.io/os': 'windows' } },
    status: {
      images: [{ names: ['mcr.microsoft.com/windows/servercore:ltsc2022'], sizeBytes: 1 }],
      nodeInfo: { osImage: 'Windows Server 2022 Datacenter' },
      addresses: [{ type: 'InternalIP', address: '10.0.128.4' }],
    },
  } as never);
  assert.deepEqual(kept, {
    metadata: { name: 'win-a', labels: { 'kubernetes.io/os': 'windows' } },
    status: {
      nodeInfo: { osImage: 'Windows Server 2022 Datacenter' },
      addresses: [{ type: 'InternalIP', address: '10.0.128.4' }],
    },
  });
});

test("a Machine is kept without the cloud's provider spec and status", () => {
  const kept = machineStoredForm({
    metadata: { name: 'm-a' },
    spec: { providerID: 'aws:///us-east-1a/i-0', providerSpec: { value: { ami: { id: 'x' } } } },
    status: {
      phase: 'Running',
      nodeRef: { name: 'win-a' },
      providerStatus: { instanceState: 'running' },
    },
  } as never);
  assert.deepEqual(kept, {
    metadata: { name: 'm-a' },
    spec: { providerID: 'aws:///us-east-1a/i-0' },
    status: { phase: 'Running', nodeRef: { name: 'win-a' } },
  });
});
