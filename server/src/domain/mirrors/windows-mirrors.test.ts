import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  pauseImageMirrored,
  windowsRegistryMirrors,
  type MirrorEntry,
  type SourcePolicy,
} from './windows-mirrors';

const idms = (source: string, mirrors: string[], policy?: SourcePolicy): MirrorEntry => ({
  source,
  mirrors,
  policy,
  resolveTags: false,
});
const itms = (source: string, mirrors: string[], policy?: SourcePolicy): MirrorEntry => ({
  ...idms(source, mirrors, policy),
  resolveTags: true,
});

function only(entries: MirrorEntry[]) {
  const registries = windowsRegistryMirrors(entries);
  assert.equal(registries.length, 1);
  const [registry] = registries;
  assert.ok(registry);
  return registry;
}

const codes = (entries: MirrorEntry[]) =>
  windowsRegistryMirrors(entries).flatMap((registry) => registry.problems.map((p) => p.code));

test('1: a mirror keeping the source’s path: WMCO’s own example file, digest pulls', () => {
  const registry = only([
    idms('quay.io/openshift-release-dev/ocp-release', [
      'mirror.example.com/ocp4/openshift-release-dev/ocp-release',
    ]),
  ]);
  assert.equal(registry.path, 'C:\\k\\containerd\\registries\\quay.io\\hosts.toml');
  assert.equal(
    registry.hostsToml,
    'server = "https://quay.io/v2"\n\noverride_path = true\n\n[host."https://mirror.example.com/v2/ocp4"]\n  capabilities = ["pull"]\n  override_path = true\n',
  );
  assert.deepEqual(registry.problems, []);
});

test('2: NeverContactSource makes the first mirror the server', () => {
  const registry = only([
    idms(
      'quay.io/openshift-release-dev/ocp-release',
      ['mirror.example.com/ocp4/openshift-release-dev/ocp-release'],
      'NeverContactSource',
    ),
  ]);
  assert.match(registry.hostsToml, /^server = "https:\/\/mirror\.example\.com\/v2\/ocp4"/);
  assert.equal(registry.neverContactSource, true);
});

test('3: a mirror path that drops the source’s repository is flagged with where containerd asks', () => {
  const registry = only([
    idms('quay.io/openshift-release-dev/ocp-release', ['mirror.example.com/ocp4/release']),
  ]);
  assert.match(registry.hostsToml, /\[host\."https:\/\/mirror\.example\.com\/v2\/ocp4\/release"\]/);
  assert.deepEqual(registry.problems, [
    {
      code: 'suffix-mismatch',
      source: 'quay.io/openshift-release-dev/ocp-release',
      mirror: 'mirror.example.com/ocp4/release',
      requested: 'mirror.example.com/ocp4/release/openshift-release-dev/ocp-release',
    },
  ]);
});

test('4: a partly shared suffix is still a mismatch', () => {
  const registry = only([idms('quay.io/a/b/img', ['mirror.example.com/x/b/img'])]);
  assert.match(registry.hostsToml, /v2\/x"\]/);
  assert.equal(registry.problems[0]?.requested, 'mirror.example.com/x/a/b/img');
});

test('5: a registry-level source mirrors the whole registry', () => {
  const registry = only([idms('registry.redhat.io', ['mirror.example.com/redhat'])]);
  assert.match(registry.hostsToml, /\[host\."https:\/\/mirror\.example\.com\/v2\/redhat"\]/);
  assert.deepEqual(registry.problems, []);
});

test('6–7: the pause image by digest only cannot resolve its tag; an ITMS can', () => {
  const digest = [
    idms('mcr.microsoft.com/oss/kubernetes/pause', ['mirror.example.com/oss/kubernetes/pause']),
  ];
  assert.match(only(digest).hostsToml, /\[host\."https:\/\/mirror\.example\.com\/v2"\]/);
  assert.equal(pauseImageMirrored(digest, windowsRegistryMirrors(digest)), 'digest-only');
  const tag = [
    itms('mcr.microsoft.com/oss/kubernetes/pause', ['mirror.example.com/oss/kubernetes/pause']),
  ];
  assert.match(only(tag).hostsToml, /capabilities = \["pull", "resolve"\]/);
  assert.equal(pauseImageMirrored(tag, windowsRegistryMirrors(tag)), 'resolvable');
  const never = [{ ...digest[0], policy: 'NeverContactSource' as const }] as MirrorEntry[];
  assert.equal(pauseImageMirrored(never, windowsRegistryMirrors(never)), 'resolvable');
  const other = [idms('quay.io/org/img', ['mirror.example.com/org/img'])];
  assert.equal(pauseImageMirrored(other, windowsRegistryMirrors(other)), undefined);
});

test('8: two repositories of one registry share one file, and every image tries both mirrors', () => {
  const registry = only([
    idms('quay.io/team-a/app', ['mirror.example.com/a/team-a/app']),
    idms('quay.io/team-b/tool', ['other.example.net/b/team-b/tool']),
  ]);
  assert.equal(registry.hostsToml.match(/\[host\./g)?.length, 2);
  assert.ok(
    registry.hostsToml.indexOf('mirror.example.com/v2/a') <
      registry.hostsToml.indexOf('other.example.net/v2/b'),
  );
});

test('9: NeverContactSource on one repository cuts off the whole registry', () => {
  const registry = only([
    idms('quay.io/team-a/app', ['mirror.example.com/team-a/app'], 'AllowContactingSource'),
    idms('quay.io/team-b/tool', ['mirror.example.com/team-b/tool'], 'NeverContactSource'),
  ]);
  assert.match(registry.hostsToml, /^server = "https:\/\/mirror\.example\.com\/v2"/);
  assert.deepEqual(
    registry.problems.map((p) => p.code),
    ['never-registry-wide'],
  );
});

test('10: an unset policy first loses a later NeverContactSource', () => {
  const registry = only([
    idms('quay.io/team-a/app', ['mirror.example.com/team-a/app']),
    idms('quay.io/team-b/tool', ['mirror.example.com/team-b/tool'], 'NeverContactSource'),
  ]);
  assert.match(registry.hostsToml, /^server = "https:\/\/quay\.io\/v2"/);
  assert.deepEqual(
    registry.problems.map((p) => p.code),
    ['never-lost'],
  );
});

test('11: the same mirror in an IDMS and an ITMS resolves tags', () => {
  const registry = only([
    idms('quay.io/org/img', ['mirror.example.com/org/img']),
    itms('quay.io/org/img', ['mirror.example.com/org/img']),
  ]);
  assert.equal(registry.hostsToml.match(/\[host\./g)?.length, 1);
  assert.match(registry.hostsToml, /"pull", "resolve"/);
});

test('12–13: a source with a port or a wildcard cannot be a Windows directory', () => {
  assert.deepEqual(
    codes([idms('registry.local:5000/org/img', ['mirror.example.com:5000/org/img'])]),
    ['source-port'],
  );
  assert.deepEqual(codes([idms('*.redhat.io', ['mirror.example.com/redhat'])]), [
    'wildcard-source',
  ]);
});

test('14: a source mirrored onto itself is a no-op host', () => {
  const registry = only([idms('quay.io/org/img', ['quay.io/org/img'])]);
  assert.match(registry.hostsToml, /\[host\."https:\/\/quay\.io\/v2"\]/);
  assert.deepEqual(registry.problems, []);
});

test('15: mirrors are sorted by host, whatever the written order', () => {
  const registry = only([
    idms(
      'quay.io/org/img',
      ['zeta.example.com/org/img', 'alpha.example.com/org/img'],
      'NeverContactSource',
    ),
  ]);
  assert.match(registry.hostsToml, /^server = "https:\/\/alpha\.example\.com\/v2"/);
  assert.ok(registry.hostsToml.indexOf('alpha.') < registry.hostsToml.indexOf('zeta.'));
});

test('16: a renamed repository is a mismatch', () => {
  assert.deepEqual(
    codes([
      idms('mcr.microsoft.com/windows/servercore', [
        'mirror.example.com/windows/servercore-ltsc2022',
      ]),
    ]),
    ['suffix-mismatch'],
  );
});

test('17: two organisations under one mirror prefix share one host', () => {
  const registry = only([
    idms('quay.io/org1/img', ['mirror.example.com/quay/org1/img']),
    idms('quay.io/org2/img', ['mirror.example.com/quay/org2/img']),
  ]);
  assert.equal(registry.hostsToml.match(/\[host\./g)?.length, 1);
  assert.deepEqual(registry.problems, []);
});

test('an entry without mirrors writes an empty file, named; registries are sorted', () => {
  const registries = windowsRegistryMirrors([
    idms('registry.redhat.io/ubi9', []),
    itms('docker.io/library/nginx', ['mirror.example.com/docker/library/nginx']),
  ]);
  assert.deepEqual(
    registries.map((r) => r.registry),
    ['docker.io', 'registry.redhat.io'],
  );
  assert.equal(registries[1]?.hostsToml, '');
  assert.deepEqual(
    registries[1]?.problems.map((p) => p.code),
    ['no-mirrors'],
  );
  assert.match(registries[0]?.hostsToml ?? '', /^server = "https:\/\/docker\.io\/v2"/);
});
