import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostsFileAddresses, parseHostsFile, parseResolvConf, searchNames } from './go-name-lookup';
import { hostResolver } from './host-resolver';

const hostsText = `# comment
127.0.0.1 localhost
10.1.42.5   win-a.corp.example.com win-a   # trailing comment
fd00::6 v6-only.example.com
10.1.42.7 Mixed.Example.COM
`;

test('the hosts file answers as Go reads it: lower case, absolute dotted names', () => {
  const hosts = parseHostsFile(hostsText);
  assert.deepEqual(hostsFileAddresses(hosts, 'LOCALHOST'), ['127.0.0.1']);
  assert.deepEqual(hostsFileAddresses(hosts, 'win-a'), ['10.1.42.5']);
  assert.deepEqual(hostsFileAddresses(hosts, 'win-a.corp.example.com.'), ['10.1.42.5']);
  assert.deepEqual(hostsFileAddresses(hosts, 'mixed.example.com'), ['10.1.42.7']);
  // A single label with a root dot is another name to Go.
  assert.deepEqual(hostsFileAddresses(hosts, 'localhost.'), []);
  assert.deepEqual(hostsFileAddresses(hosts, 'v6-only.example.com'), ['fd00::6']);
});

test('resolv.conf: the last search line and ndots', () => {
  assert.deepEqual(
    parseResolvConf(
      'domain old.example\nsearch ns.svc.cluster.local cluster.local.\noptions ndots:5 timeout:1\n',
    ),
    { search: ['ns.svc.cluster.local', 'cluster.local'], ndots: 5 },
  );
  assert.deepEqual(parseResolvConf('nameserver 10.0.0.10\n'), { search: [], ndots: 1 });
});

test('search names in Go’s order', () => {
  const config = { search: ['ns.svc.cluster.local', 'corp.example.com'], ndots: 1 };
  assert.deepEqual(searchNames('win-a', config), [
    'win-a.ns.svc.cluster.local',
    'win-a.corp.example.com',
    'win-a',
  ]);
  assert.deepEqual(searchNames('win-a.corp.example.com', config), [
    'win-a.corp.example.com',
    'win-a.corp.example.com.ns.svc.cluster.local',
    'win-a.corp.example.com.corp.example.com',
  ]);
  assert.deepEqual(searchNames('win-a.corp.example.com.', config), ['win-a.corp.example.com']);
  assert.deepEqual(searchNames('win-a.corp', { ...config, ndots: 5 }).at(-1), 'win-a.corp');
});

test('the resolver asks the hosts file first, and DNS only for valid names it does not list', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'resolver-'));
  try {
    await writeFile(join(dir, 'hosts'), `${hostsText}10.1.42.8 odd..name\n`);
    await writeFile(join(dir, 'resolv.conf'), 'search example.invalid\n');
    // A DNS server nobody listens on: every DNS question fails at once.
    const resolver = hostResolver({
      servers: ['127.0.0.1:9'],
      timeoutMs: 300,
      hostsFile: join(dir, 'hosts'),
      resolvConf: join(dir, 'resolv.conf'),
    });
    assert.deepEqual(await resolver.ipv4('10.1.42.1'), ['10.1.42.1']);
    assert.deepEqual(await resolver.ipv4('LOCALHOST'), ['127.0.0.1']);
    assert.deepEqual(await resolver.ipv4('win-a'), ['10.1.42.5']);
    assert.deepEqual(await resolver.ipv4('odd..name'), ['10.1.42.8']);
    assert.deepEqual(await resolver.ipv4('v6-only.example.com'), []);
    assert.deepEqual(await resolver.ipv4('fd00::1'), []);
    assert.deepEqual(await resolver.ipv4('gone.example.invalid'), []);
  } finally {
    await rm(dir, { recursive: true });
  }
});
