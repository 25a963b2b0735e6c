import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAuthChallenges } from './auth-challenge';

test("docker.io's bearer challenge", () => {
  assert.deepEqual(
    parseAuthChallenges(
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/busybox:pull"',
    ),
    [
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:library/busybox:pull',
        },
      },
    ],
  );
});

test('a basic challenge, quoted escapes and unquoted tokens', () => {
  assert.deepEqual(parseAuthChallenges('Basic realm="Reg \\"1\\"", charset=UTF-8'), [
    { scheme: 'basic', params: { realm: 'Reg "1"', charset: 'UTF-8' } },
  ]);
});

test('several challenges in one header, and nothing at all', () => {
  assert.deepEqual(
    parseAuthChallenges('Basic realm="a", Bearer realm="https://t/token",service="s"').map((c) => [
      c.scheme,
      c.params.realm,
    ]),
    [
      ['basic', 'a'],
      ['bearer', 'https://t/token'],
    ],
  );
  assert.deepEqual(parseAuthChallenges(null), []);
  assert.deepEqual(parseAuthChallenges(''), []);
});
