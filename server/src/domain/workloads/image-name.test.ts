import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  effectivePullPolicy,
  imageWindowsRelease,
  linuxOnlyImageWord,
  parseImageName,
  privateRegistryReason,
} from './image-name';

test('image references split into registry, repository, tag and digest', () => {
  assert.deepEqual(parseImageName('nginx'), {
    registry: 'docker.io',
    repository: 'library/nginx',
    tag: undefined,
    digest: undefined,
  });
  assert.deepEqual(parseImageName('mcr.microsoft.com/windows/servercore:ltsc2022'), {
    registry: 'mcr.microsoft.com',
    repository: 'windows/servercore',
    tag: 'ltsc2022',
    digest: undefined,
  });
  assert.deepEqual(parseImageName('localhost:5000/web@sha256:abc'), {
    registry: 'localhost:5000',
    repository: 'web',
    tag: undefined,
    digest: 'sha256:abc',
  });
});

const releaseCases: [string, string | undefined][] = [
  ['mcr.microsoft.com/windows/servercore:ltsc2019', '2019'],
  ['mcr.microsoft.com/windows/nanoserver:1809', '2019'],
  ['mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022', '2022'],
  ['mcr.microsoft.com/powershell:ltsc2025', '2025'],
  ['mcr.microsoft.com/windows/servercore:ltsc20222', undefined],
  ['nginx:1.27', undefined],
];
for (const [image, version] of releaseCases) {
  test(`${image} is built for ${version ?? 'no known Windows release'}`, () => {
    assert.equal(imageWindowsRelease(image)?.version, version);
  });
}

const linuxCases: [string, string | undefined][] = [
  ['busybox', 'busybox'],
  ['registry.redhat.io/ubi9/ubi:latest', 'ubi9'],
  ['quay.io/acme/app:1.0-bookworm', 'bookworm'],
  ['mcr.microsoft.com/windows/servercore:ltsc2022', undefined],
  ['mcr.microsoft.com/dotnet/runtime:8.0-nanoserver-ltsc2022', undefined],
  ['quay.io/acme/app:1.0', undefined],
];
for (const [image, word] of linuxCases) {
  test(`${image}: ${word ? `Linux-only (${word})` : 'not obviously Linux'}`, () => {
    assert.equal(linuxOnlyImageWord(image), word);
  });
}

test('private registries are recognised from the name or the pod’s pull secrets', () => {
  assert.equal(
    privateRegistryReason('mcr.microsoft.com/windows/servercore:ltsc2022', true),
    undefined,
  );
  assert.equal(privateRegistryReason('quay.io/acme/web:1', false), undefined);
  assert.deepEqual(privateRegistryReason('quay.io/acme/web:1', true), {
    registry: 'quay.io',
    reason: 'pull-secrets',
  });
  assert.deepEqual(privateRegistryReason('10.1.2.3:5000/web:1', false), {
    registry: '10.1.2.3:5000',
    reason: 'private-address',
  });
  assert.equal(
    privateRegistryReason('registry.redhat.io/ubi9/ubi', false)?.reason,
    'redhat-registry',
  );
  assert.deepEqual(privateRegistryReason('harbor.example.com:8443/web:1', false), {
    registry: 'harbor.example.com:8443',
    reason: 'custom-port',
  });
});

test('without imagePullPolicy, latest and untagged images are pulled Always', () => {
  assert.equal(effectivePullPolicy('web', undefined), 'Always');
  assert.equal(effectivePullPolicy('web:latest', undefined), 'Always');
  assert.equal(effectivePullPolicy('web:1', undefined), 'IfNotPresent');
  assert.equal(effectivePullPolicy('web@sha256:abc', undefined), 'IfNotPresent');
  assert.equal(effectivePullPolicy('web:1', 'Never'), 'Never');
});
