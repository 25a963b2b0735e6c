import { test } from 'node:test';
import assert from 'node:assert/strict';
import { credentialsFor, dockerConfigEntries } from './docker-config';

const auth = (user: string, password: string) =>
  Buffer.from(`${user}:${password}`).toString('base64');

const keyring = [
  ...dockerConfigEntries(
    JSON.stringify({
      auths: {
        'https://index.docker.io/v1/': { auth: auth('hub', 'h') },
        'quay.io/team': { auth: auth('team', 't') },
        'quay.io': { username: 'any', password: 'q' },
        '*.example.com:5000': { auth: auth('glob', 'g') },
        'broken.io': { auth: 'not-base64-colon' },
      },
    }),
    'apps/regcred',
  ),
  ...dockerConfigEntries(
    JSON.stringify({ 'registry.local': { auth: auth('old', 'o') } }),
    'apps/old',
  ),
];

const users = (registry: string, repository: string) =>
  credentialsFor(keyring, registry, repository).map((c) => c.username);

test('docker.io, index.docker.io and registry-1.docker.io are one registry', () => {
  assert.deepEqual(users('docker.io', 'library/busybox'), ['hub']);
  assert.deepEqual(users('registry-1.docker.io', 'library/busybox'), ['hub']);
});

test('the most specific path comes first; a sibling path does not match', () => {
  assert.deepEqual(users('quay.io', 'team/app'), ['team', 'any']);
  assert.deepEqual(users('quay.io', 'teamwork/app'), ['any']);
});

test('a glob matches one label and the port must agree', () => {
  assert.deepEqual(users('r.example.com:5000', 'x'), ['glob']);
  assert.deepEqual(users('r.example.com', 'x'), []);
  assert.deepEqual(users('a.r.example.com:5000', 'x'), []);
});

test('.dockercfg maps, malformed entries and unparsable secrets', () => {
  assert.deepEqual(users('registry.local', 'x/y'), ['old']);
  assert.deepEqual(users('broken.io', 'x'), []);
  assert.deepEqual(dockerConfigEntries('{', 's'), []);
  assert.equal(credentialsFor(keyring, 'quay.io', 'team/app')[0]?.source, 'apps/regcred');
});
