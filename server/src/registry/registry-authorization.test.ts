import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAuthChallenges } from './auth-challenge';
import { answerTo, basicAuthorization, tokenOf, tokenRequestUrl } from './registry-authorization';

const credential = { username: 'puller', password: 's3cret:x', source: 'apps/pull' };
const dockerHub = parseAuthChallenges(
  'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/busybox:pull"',
);

test('a bearer challenge is answered with a token, with or without a credential', () => {
  for (const offered of [credential, undefined]) {
    const answer = answerTo(dockerHub, offered);
    assert.equal(answer.kind, 'bearer');
    assert.equal(
      answer.kind === 'bearer' ? answer.challenge.params.service : '',
      'registry.docker.io',
    );
  }
});

test('bearer is preferred when a registry offers both', () => {
  const both = parseAuthChallenges('Basic realm="r", Bearer realm="https://auth.example/token"');
  assert.equal(answerTo(both, credential).kind, 'bearer');
});

test('a basic challenge is answered with the credential, and not at all without one', () => {
  const basic = parseAuthChallenges('Basic realm="test-registry"');
  assert.deepEqual(answerTo(basic, credential), {
    kind: 'basic',
    authorization: `Basic ${Buffer.from('puller:s3cret:x').toString('base64')}`,
  });
  assert.deepEqual(answerTo(basic, undefined), { kind: 'none' });
});

test('a bearer challenge without a realm, or no challenge, cannot be answered', () => {
  assert.deepEqual(answerTo(parseAuthChallenges('Bearer service="x"'), credential), {
    kind: 'none',
  });
  assert.deepEqual(answerTo([], credential), { kind: 'none' });
});

test('the token request carries the service and the scope the registry named', () => {
  const [challenge] = dockerHub;
  assert.ok(challenge);
  assert.equal(
    tokenRequestUrl(challenge, 'library/busybox')?.toString(),
    'https://auth.docker.io/token?service=registry.docker.io&scope=repository%3Alibrary%2Fbusybox%3Apull',
  );
});

test('without a scope the token request asks to pull the repository; a realm with a query keeps it', () => {
  const [challenge] = parseAuthChallenges('Bearer realm="https://quay.io/v2/auth?account=x"');
  assert.ok(challenge);
  const url = tokenRequestUrl(challenge, 'team/app');
  assert.equal(url?.searchParams.get('account'), 'x');
  assert.equal(url?.searchParams.get('scope'), 'repository:team/app:pull');
  assert.equal(url?.searchParams.has('service'), false);
});

test('a realm that is no URL gives no token request', () => {
  const [challenge] = parseAuthChallenges('Bearer realm="/token"');
  assert.ok(challenge);
  assert.equal(tokenRequestUrl(challenge, 'a/b'), undefined);
});

test('the token is read from token or access_token, nothing else', () => {
  assert.equal(tokenOf({ token: 'abc', access_token: 'def' }), 'abc');
  assert.equal(tokenOf({ access_token: 'def', expires_in: 300 }), 'def');
  for (const answer of [{}, { token: '' }, { token: 42 }, null, 'abc', []]) {
    assert.equal(tokenOf(answer), undefined, JSON.stringify(answer));
  }
});

test('basic authorization encodes the password whole, colons and all', () => {
  const decoded = Buffer.from(basicAuthorization(credential).slice(6), 'base64').toString('utf8');
  assert.equal(decoded, 'puller:s3cret:x');
});
