import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntryIssueCode } from '../../../contract/byoh';
import type { WindowsNode } from '../../../contract/nodes';
import type { ClusterSnapshot } from '../overview/cluster-snapshot';
import { deriveOverview } from '../overview/derive-overview';
import { judgeInstanceEntries, type KeyResolution } from './entry-judgement';
import { deriveByohState } from './instance-status';

/**
 * What Go's resolver answers in WMCO's pod for these cases (the resolver's own steps are tested in
 * go-name-lookup.test.ts): the hosts file maps localhost, DNS knows the example names.
 */
const resolution: KeyResolution = new Map([
  ['localhost', ['127.0.0.1']],
  ['LOCALHOST', ['127.0.0.1']],
  ['instance.example.com', ['10.1.42.7']],
  ['win1.example.com.', ['10.1.42.8']],
  ['win-a.example.com', ['10.1.42.9']],
  ['win-b.example.com', ['10.1.42.9']],
  ['host.123', ['10.1.42.10']],
  [`${'a'.repeat(63)}.example.com`, ['10.1.42.11']],
  // A hosts-file line may name what DNS never would: Go reads the file before refusing the name.
  ['odd..name', ['10.1.42.12']],
]);

type Case = [
  name: string,
  entries: Record<string, string>,
  expected: Record<string, EntryIssueCode>,
];

const ok = 'username=core';

/**
 * WMCO's parser (`wiparser.Parse`), case by case: [W] its own TestParse cases, the rest from Go's
 * standard library as WMCO calls it. `blocksAll` follows from the code. Where this product is stricter
 * than WMCO (a user WMCO accepts but whose login fails: no-user, user-whitespace, user-characters), the
 * entry is named but never blocks.
 */
const cases: Case[] = [
  ['[W] invalid username', { localhost: 'notusername=core' }, { localhost: 'value-format' }],
  ['[W] invalid DNS address', { notlocalhost: ok }, { notlocalhost: 'unresolvable' }],
  [
    '[W] invalid username and DNS: the value first',
    { invalid: 'invalid' },
    { invalid: 'value-format' },
  ],
  ['[W] valid ipv6 address is still rejected', { '::1': ok }, { '::1': 'ipv6' }],
  ['[W] valid dns address (hosts file)', { localhost: ok }, {}],
  ['[W] valid ip address', { '127.0.0.1': ok }, {}],
  [
    '[W] valid dns and ip addresses: redundant, not malformed',
    { localhost: ok, '127.0.0.1': 'username=Admin' },
    { localhost: 'duplicate-address', '127.0.0.1': 'duplicate-address' },
  ],
  ['the guide’s IPv4 example', { '10.1.42.1': 'username=Administrator' }, {}],
  ['the guide’s DNS example', { 'instance.example.com': ok }, {}],
  ['upper case resolves as lower case', { LOCALHOST: ok }, {}],
  [
    'a single-label name with a root dot misses the hosts file',
    { 'localhost.': ok },
    { 'localhost.': 'unresolvable' },
  ],
  ['an absolute DNS name', { 'win1.example.com.': ok }, {}],
  ['an address with a port', { '10.1.42.1:22': ok }, { '10.1.42.1:22': 'port' }],
  ['a name with a port', { 'win.example.com:22': ok }, { 'win.example.com:22': 'port' }],
  ['a bracketed IPv6 address with a port', { '[fd00::1]:22': ok }, { '[fd00::1]:22': 'port' }],
  ['an IPv4-mapped IPv6 address', { '::ffff:10.1.42.1': ok }, { '::ffff:10.1.42.1': 'ipv6' }],
  ['leading zeros', { '010.001.042.001': ok }, { '010.001.042.001': 'not-an-address' }],
  ['a short form', { '127.1': ok }, { '127.1': 'not-an-address' }],
  ['an octet out of range', { '10.0.0.256': ok }, { '10.0.0.256': 'not-an-address' }],
  ['an address with a root dot', { '1.2.3.4.': ok }, { '1.2.3.4.': 'not-an-address' }],
  [
    'a name with only AAAA records',
    { 'v6only.example.com': ok },
    { 'v6only.example.com': 'unresolvable' },
  ],
  ['0.0.0.0 parses (setup fails later)', { '0.0.0.0': ok }, {}],
  ['an underscore is looked up, and NXDOMAIN', { my_host: ok }, { my_host: 'unresolvable' }],
  ['an empty label', { 'a..b': ok }, { 'a..b': 'not-an-address' }],
  ['an empty label the hosts file lists', { 'odd..name': ok }, {}],
  ['a numeric last label is still a name', { 'host.123': ok }, {}],
  ['a 63-byte label', { [`${'a'.repeat(63)}.example.com`]: ok }, {}],
  [
    'a 64-byte label',
    { [`${'a'.repeat(64)}.example.com`]: ok },
    { [`${'a'.repeat(64)}.example.com`]: 'not-an-address' },
  ],
  [
    'a 254-byte name',
    { [`${'a.'.repeat(126)}ab`]: ok },
    { [`${'a.'.repeat(126)}ab`]: 'not-an-address' },
  ],
  [
    'Username is case-sensitive',
    { '10.1.42.1': 'Username=Administrator' },
    { '10.1.42.1': 'value-format' },
  ],
  [
    'a leading space in the value',
    { '10.1.42.1': ' username=Administrator' },
    { '10.1.42.1': 'value-format' },
  ],
  ['a space before =', { '10.1.42.1': 'username =Administrator' }, { '10.1.42.1': 'value-format' }],
  [
    'a space after = (stricter)',
    { '10.1.42.1': 'username= Administrator' },
    { '10.1.42.1': 'user-whitespace' },
  ],
  [
    'a trailing space (stricter)',
    { '10.1.42.1': 'username=Administrator ' },
    { '10.1.42.1': 'user-whitespace' },
  ],
  [
    'a YAML | newline (stricter)',
    { '10.1.42.1': 'username=Administrator\n' },
    { '10.1.42.1': 'user-whitespace' },
  ],
  ['an empty user (fails at login)', { '10.1.42.1': 'username=' }, { '10.1.42.1': 'no-user' }],
  ['an empty value', { '10.1.42.1': '' }, { '10.1.42.1': 'value-format' }],
  [
    'username without = (WMCO panics)',
    { '10.1.42.1': 'username' },
    { '10.1.42.1': 'username-without-equals' },
  ],
  ['a bare user', { '10.1.42.1': 'Administrator' }, { '10.1.42.1': 'value-format' }],
  [
    'everything after the first = is the user',
    { '10.1.42.1': 'username=a=b' },
    { '10.1.42.1': 'user-characters' },
  ],
  [
    'a second line is part of the user',
    { '10.1.42.1': 'username=core\npassword=x' },
    { '10.1.42.1': 'user-whitespace' },
  ],
  ['a huge user is accepted', { '10.1.42.1': `username=${'x'.repeat(1_000_000)}` }, {}],
  ['no data at all', {}, {}],
  [
    'one bad entry: the good one is not flagged',
    { '10.1.42.1': ok, 'gone.example.com': ok },
    { 'gone.example.com': 'unresolvable' },
  ],
  [
    'two names for one address',
    { 'win-a.example.com': ok, 'win-b.example.com': ok },
    { 'win-a.example.com': 'duplicate-address', 'win-b.example.com': 'duplicate-address' },
  ],
  [
    'a bad value wins over a bad key',
    { '10.1.42.1:22': 'Administrator' },
    { '10.1.42.1:22': 'value-format' },
  ],
  [
    'a bad key wins over a stricter value',
    { 'gone.example.com': 'username=' },
    { 'gone.example.com': 'unresolvable' },
  ],
];

// Whether WMCO's parser rejects the ConfigMap over an entry with this issue (every code listed).
const rejectsAll: Record<EntryIssueCode, boolean> = {
  'value-format': true,
  'username-without-equals': true,
  port: true,
  ipv6: true,
  'not-an-address': true,
  unresolvable: true,
  'no-user': false,
  'user-whitespace': false,
  'user-characters': false,
  'duplicate-address': false,
};

function listed(data: Record<string, string>) {
  return Object.entries(data).map(([address, value]) => ({ address, value }));
}

for (const [name, data, expected] of cases) {
  test(`WMCO's parser: ${name}`, () => {
    const { issues, blocking } = judgeInstanceEntries(listed(data), resolution);
    const codes = Object.fromEntries([...issues].map(([key, issue]) => [key, issue.code]));
    assert.deepEqual(codes, expected);
    for (const issue of issues.values()) assert.equal(issue.blocksAll, rejectsAll[issue.code]);
    assert.deepEqual(
      blocking.sort(),
      Object.keys(expected)
        .filter((key) => rejectsAll[expected[key] as EntryIssueCode])
        .sort(),
    );
  });
}

test('at least 30 cases mirror WMCO’s parser', () => {
  assert.ok(cases.length >= 30);
});

function snapshotOf(data: Record<string, string>, nodes: WindowsNode[]): ClusterSnapshot {
  return {
    unreadable: [],
    wmco: { namespace: 'openshift-windows-machine-config-operator', namespaceExists: true },
    nodes,
    windowsMachineSets: [],
    byohEntries: listed(data),
    byohResolution: resolution,
    topology: { machineNetworks: { state: 'absent' } },
  };
}

test('the Overview and the BYOH page give the same verdict on every case', () => {
  for (const [name, data] of cases) {
    const overview = deriveOverview(snapshotOf(data, []));
    const byoh = deriveByohState({
      namespace: 'openshift-windows-machine-config-operator',
      entries: data,
      resolution,
      byohNodes: [],
      events: [],
      preflight: new Map(),
      unreadable: [],
    });
    const blockedFinding = overview.findings.find((f) => f.id === 'byoh-malformed-entries');
    const cautionFinding = overview.findings.find((f) => f.id === 'byoh-entry-cautions');
    assert.equal(blockedFinding !== undefined, byoh.malformed > 0, name);
    assert.equal(overview.counts.malformedByohEntries, byoh.malformed, name);
    assert.equal(
      cautionFinding !== undefined,
      byoh.instances.some((i) => i.issue && !i.issue.blocksAll),
      name,
    );
    for (const instance of byoh.instances) {
      const finding = instance.issue?.blocksAll ? blockedFinding : cautionFinding;
      assert.equal(instance.stage === 'malformed', instance.issue?.blocksAll === true, name);
      if (instance.issue) {
        const named = (finding?.params ?? {}) as { addresses?: string[]; issues?: string[] };
        const addresses = named.addresses ?? [];
        const index = addresses.indexOf(instance.address);
        // The finding names the first few entries; the rest are counted.
        assert.ok(index >= 0 || addresses.length === 5, `${name}: ${instance.address}`);
        if (index >= 0) assert.equal(named.issues?.[index], instance.issue.code, name);
      }
    }
  }
});

test('a BYOH node belongs to an entry through any of its addresses, as WMCO keeps it', () => {
  const byohNode = (name: string, addresses: string[]): WindowsNode => ({
    name,
    ready: true,
    schedulable: true,
    source: 'BYOH',
    addresses,
    upgrading: false,
  });
  const state = deriveByohState({
    namespace: 'openshift-windows-machine-config-operator',
    entries: { 'instance.example.com': ok, 'win-dns.example.com': ok, '10.1.42.30': ok },
    resolution: new Map([
      ['instance.example.com', ['10.1.42.7']],
      ['win-dns.example.com', ['10.1.42.20']],
    ]),
    byohNodes: [
      // Matched by the resolved address, though its first address is an ExternalIP.
      byohNode('by-ip', ['203.0.113.7', '10.1.42.7', 'instance']),
      // Its IP changed (DHCP) but its InternalDNS is the key as written: WMCO keeps it.
      byohNode('by-dns', ['10.1.42.99', 'win-dns.example.com']),
      // The key is its second IP.
      byohNode('by-second-ip', ['192.0.2.1', '10.1.42.30']),
      byohNode('stranger', ['10.1.42.77', 'stranger.example.com']),
    ],
    events: [],
    preflight: new Map(),
    unreadable: [],
  });
  const nodeOf = (address: string) =>
    state.instances.find((instance) => instance.address === address)?.node?.name;
  assert.equal(nodeOf('instance.example.com'), 'by-ip');
  assert.equal(nodeOf('win-dns.example.com'), 'by-dns');
  assert.equal(nodeOf('10.1.42.30'), 'by-second-ip');
  assert.deepEqual(state.orphanNodes, ['stranger']);
});
