import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Resolver } from 'node:dns/promises';
import type { V1ConfigMap } from '@kubernetes/client-node';
import type {
  ByohState,
  CheckResult,
  CheckStatus,
  PreflightRecord,
  RemediateResult,
} from '../contract/byoh';
import type { KubeClient } from '../../integration-tests/cluster/kube-client';
import type { LocalCluster } from '../../integration-tests/cluster/local-cluster';
import { resources } from '../../integration-tests/cluster/resources';
import { byohSimulator } from '../../integration-tests/cluster/simulators/byoh';
import { olmSimulator } from '../../integration-tests/cluster/simulators/olm';
import { startSimulators } from '../../integration-tests/cluster/simulators/runner';
import { wmcoSimulator } from '../../integration-tests/cluster/simulators/wmco';
import { waitFor } from '../../integration-tests/cluster/wait-for';
import type { ClusterKey } from '../../integration-tests/ssh-peers/cluster-key';
import {
  clusterApiInt,
  hostProfiles,
  type ProfileName,
} from '../../integration-tests/ssh-peers/host-profiles';
import type { TestPeers } from '../../integration-tests/ssh-peers/test-peers';
import type { BffApp } from '../src/app';
import { loggerOptions } from '../src/http/logger-options';
import { commandCatalogue } from '../src/ssh/command-catalogue';
import {
  preflightLines,
  streamPreflight,
} from '../../integration-tests/ssh-peers/preflight-stream';
import { windowsAccount as user } from '../../integration-tests/ssh-peers/windows-account';
import {
  byohNamespace as namespace,
  checksByAddress,
  startByohHarness,
  type ByohHarness,
} from './byoh-harness';

let harness: ByohHarness<ProfileName>;
let cluster: LocalCluster;
let app: BffApp;
/** A second BFF replica: each user edits through their own, as two admins behind a load balancer. */
let replica: BffApp;
let admin: KubeClient;
let peers: TestPeers;
let clusterKey: ClusterKey;
/** Every response body and log line of this file, to prove no key or token ever leaves the BFF. */
const bodies: string[] = [];
const logLines: string[] = [];

before(async () => {
  harness = await startByohHarness(hostProfiles);
  ({ cluster, admin, peers, clusterKey } = harness);
  const logger = {
    ...(loggerOptions('debug') as object),
    stream: { write: (line: string) => logLines.push(line) },
  };
  app = await harness.buildBff({ logger });
  replica = await harness.buildBff({ logger });
});

after(async () => {
  const secrets = {
    'private key': clusterKey.pem.split('\n')[1] ?? clusterKey.pem,
    'admin token': cluster.tokens.admin,
    'limited token': cluster.tokens.limited,
  };
  for (const [what, secret] of Object.entries(secrets)) {
    assert.ok(!bodies.some((body) => body.includes(secret)), `a response carried the ${what}`);
    assert.ok(!logLines.some((line) => line.includes(secret)), `a log line carried the ${what}`);
  }
  assert.ok(
    logLines.length > 50,
    'the BFF logged (debug level), so the check above means something',
  );
  await app.close();
  await replica.close();
  await harness.stop();
});

async function call<T>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
  token = cluster.tokens.admin,
  via = app,
) {
  const response = await via.inject({
    method,
    url,
    payload,
    headers: { authorization: `Bearer ${token}` },
  });
  bodies.push(response.body);
  return { status: response.statusCode, body: response.json<T>() };
}

async function preflight(addresses: string[], token = cluster.tokens.admin) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/byoh/preflight',
    payload: { hosts: addresses.map((address) => ({ address, username: user })) },
    headers: { authorization: `Bearer ${token}` },
  });
  bodies.push(response.body);
  return { status: response.statusCode, lines: preflightLines(response.body) };
}

async function instancesData(): Promise<Record<string, string> | undefined> {
  const configMap = await admin
    .get<V1ConfigMap & { metadata: object }>(resources.configMaps, 'windows-instances', namespace)
    .catch(() => undefined);
  return configMap?.data;
}

async function deleteInstances(): Promise<void> {
  await admin
    .request('DELETE', `/api/v1/namespaces/${namespace}/configmaps/windows-instances`)
    .catch(() => undefined);
}

/** Lets the limited user edit ConfigMaps in WMCO's namespace, and nothing else there. */
async function grantConfigMapsToLimited(): Promise<void> {
  await admin.create(resources.roles, {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata: { name: 'byoh-entries', namespace },
    rules: [
      {
        apiGroups: [''],
        resources: ['configmaps'],
        verbs: ['get', 'list', 'watch', 'create', 'update', 'patch'],
      },
    ],
  });
  await admin.create(resources.roleBindings, {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: 'limited-byoh-entries', namespace },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'byoh-entries' },
    subjects: [{ kind: 'User', name: 'limited', apiGroup: 'rbac.authorization.k8s.io' }],
  });
}

test('100 concurrent adds and removes by two users: the ConfigMap ends with exactly the expected entries', async () => {
  const old = Array.from({ length: 50 }, (_, index) => `127.99.0.${String(index + 1)}`);
  const added = Array.from({ length: 50 }, (_, index) => `127.99.1.${String(index + 1)}`);
  await admin.create(resources.configMaps, {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'windows-instances', namespace },
    data: Object.fromEntries(old.map((address) => [address, `username=${user}`])),
  });
  const refused = await call(
    'DELETE',
    `/api/v1/byoh/entries/${old[0] ?? ''}`,
    undefined,
    cluster.tokens.limited,
  );
  assert.equal(refused.status, 403, 'RBAC decides: no Role, no edit');
  await grantConfigMapsToLimited();

  const started = performance.now();
  const requests = added.flatMap((address, index) => [
    call('POST', '/api/v1/byoh/entries', { address, username: user }),
    call(
      'DELETE',
      `/api/v1/byoh/entries/${old[index] ?? ''}`,
      undefined,
      cluster.tokens.limited,
      replica,
    ),
  ]);
  const responses = await Promise.all(requests);
  const seconds = (performance.now() - started) / 1000;
  console.log(`100 concurrent entry edits by 2 users on 2 replicas: ${seconds.toFixed(1)} s`);
  assert.deepEqual(
    responses.filter((response) => response.status !== 200),
    [],
    'every edit succeeded',
  );
  const data = await instancesData();
  assert.deepEqual(
    Object.keys(data ?? {}).sort(),
    [...added].sort(),
    '0 entries lost, 0 left over',
  );
  assert.ok(Object.values(data ?? {}).every((value) => value === `username=${user}`));
  await deleteInstances();
});

test('entries are validated before any write; the error names the field', async () => {
  const good = peers.address('good');
  assert.equal(
    (await call('POST', '/api/v1/byoh/entries', { address: good, username: user })).status,
    200,
  );
  const repeated = await call('POST', '/api/v1/byoh/entries', { address: good, username: user });
  assert.deepEqual(
    repeated,
    { status: 200, body: { address: good, outcome: 'unchanged' } },
    'an add repeated as it was made changes nothing and succeeds',
  );
  const invalid = (address: string, issue: string) => ({
    code: 'instance-entry-invalid',
    params: { issue, address },
  });
  const cases: [string, object, number, string, { code: string; params: object }][] = [
    [
      'IPv6',
      { address: 'fd00::10', username: user },
      400,
      'body.address',
      invalid('fd00::10', 'ipv6'),
    ],
    [
      'numeric name',
      { address: '10.1.42', username: user },
      400,
      'body.address',
      invalid('10.1.42', 'not-an-address'),
    ],
    [
      'unresolvable name',
      { address: 'nowhere.byoh.test', username: user },
      400,
      'body.address',
      { code: 'address-unresolvable', params: { address: 'nowhere.byoh.test' } },
    ],
    [
      'listed twice',
      { address: good, username: 'core' },
      409,
      'body.address',
      { code: 'already-listed', params: { address: good } },
    ],
    [
      'a name for a listed address',
      { address: peers.dnsName('good'), username: user },
      409,
      'body.address',
      {
        code: 'shares-address',
        params: { address: peers.dnsName('good'), ip: good, other: good },
      },
    ],
  ];
  for (const [name, payload, status, field, expected] of cases) {
    const response = await call<{ code: string; params: object; field?: string }>(
      'POST',
      '/api/v1/byoh/entries',
      payload,
    );
    assert.equal(response.status, status, name);
    assert.equal(response.body.field, field, name);
    assert.deepEqual({ code: response.body.code, params: response.body.params }, expected, name);
  }
  const moved = await call('PUT', `/api/v1/byoh/entries/${good}`, {
    address: peers.dnsName('good'),
    username: 'core',
  });
  assert.equal(moved.status, 200, 'an entry may move to the name of the same host');
  assert.deepEqual(await instancesData(), { [peers.dnsName('good')]: 'username=core' });
  const missing = await call<{ field?: string }>('DELETE', `/api/v1/byoh/entries/${good}`);
  assert.equal(missing.status, 404);
  assert.equal(missing.body.field, 'params.address');
  await deleteInstances();
});

test('hostile input is refused with 400 and never reaches sshd or a shell', async () => {
  const good = peers.address('good');
  const sshdBefore = peers.sshdLog();
  const commandsBefore = peers.commandsReceived('good').length;
  const hostile: [string, string, object][] = [
    ['user with a command', '/api/v1/byoh/entries', { address: good, username: 'a && del' }],
    [
      'key with shell metacharacters',
      '/api/v1/byoh/entries',
      { address: `${good};rm -rf /`, username: user },
    ],
    [
      '10 kB name',
      '/api/v1/byoh/entries',
      { address: `${'a'.repeat(10_240)}.example.com`, username: user },
    ],
    ['extra field', '/api/v1/byoh/entries', { address: good, username: user, value: 'username=x' }],
    [
      'preflight: user with a command',
      '/api/v1/byoh/preflight',
      { hosts: [{ address: good, username: 'a && del' }] },
    ],
    [
      'preflight: user with a line break',
      '/api/v1/byoh/preflight',
      { hosts: [{ address: good, username: `${user}\r\nwhoami` }] },
    ],
    [
      'preflight: command substitution',
      '/api/v1/byoh/preflight',
      { hosts: [{ address: '$(reboot)', username: user }] },
    ],
    [
      'preflight: backticks',
      '/api/v1/byoh/preflight',
      { hosts: [{ address: good, username: '`shutdown`' }] },
    ],
    [
      'preflight: 10 kB user',
      '/api/v1/byoh/preflight',
      { hosts: [{ address: good, username: 'u'.repeat(10_240) }] },
    ],
    [
      'remediation without confirmation',
      '/api/v1/byoh/remediate',
      { address: good, username: user, confirmed: false },
    ],
  ];
  for (const [name, url, payload] of hostile) {
    const response = await call<{ field?: string }>('POST', url, payload);
    assert.equal(response.status, 400, `${name}: ${JSON.stringify(response.body)}`);
    assert.match(response.body.field ?? '', /^body\b/, name);
  }
  assert.equal(peers.sshdLog(), sshdBefore, 'sshd saw no connection at all');
  assert.equal(peers.commandsReceived('good').length, commandsBefore);
  assert.equal(await instancesData(), undefined, 'nothing was written');
});

test('whoever may not read cloud-private-key gets 403 naming it, and no SSH happens', async () => {
  const sshdBefore = peers.sshdLog();
  const { status, lines } = await preflight([peers.address('good')], cluster.tokens.limited);
  assert.equal(status, 403);
  assert.deepEqual(lines, [
    {
      statusCode: 403,
      error: 'Forbidden',
      message: 'private-key-unreadable',
      code: 'private-key-unreadable',
      params: { secret: 'openshift-windows-machine-config-operator/cloud-private-key' },
    },
  ]);
  assert.equal(peers.sshdLog(), sshdBefore);
});

const expected: Record<ProfileName, Partial<Record<CheckResult['id'], CheckStatus>>> = {
  good: {},
  powershell: { 'default-shell': 'warn' },
  ws2019: { 'windows-build': 'fail' },
  containerd: { containerd: 'fail' },
  twoNics: { 'network-adapters': 'fail' },
  firewall: { 'node-ports': 'fail' },
  wrongKey: {
    'host-key': 'warn',
    login: 'fail',
    'default-shell': 'skipped',
    'windows-build': 'skipped',
    hostname: 'skipped',
    'network-adapters': 'skipped',
    containerd: 'skipped',
    'api-int': 'skipped',
  },
  badName: { hostname: 'fail', 'reverse-dns': 'fail' },
  rekeyed: {
    'host-key': 'fail',
    login: 'skipped',
    'default-shell': 'skipped',
    'windows-build': 'skipped',
    hostname: 'skipped',
    'network-adapters': 'skipped',
    containerd: 'skipped',
    'api-int': 'skipped',
  },
  noSshd: {
    'ssh-port': 'fail',
    'host-key': 'skipped',
    login: 'skipped',
    'default-shell': 'skipped',
    'windows-build': 'skipped',
    hostname: 'skipped',
    'network-adapters': 'skipped',
    containerd: 'skipped',
    'api-int': 'skipped',
    'node-ports': 'warn',
  },
  noApiInt: { 'api-int': 'fail' },
};

const checkIds: CheckResult['id'][] = [
  'ssh-port',
  'host-key',
  'login',
  'default-shell',
  'windows-build',
  'hostname',
  'reverse-dns',
  'node-ports',
  'network-adapters',
  'containerd',
  'api-int',
];

test('the preflight over every host profile yields exactly the expected verdict per check, streamed', async () => {
  const profiles = Object.keys(expected) as ProfileName[];
  // Another key was pinned for `rekeyed` earlier: its host has been replaced since.
  await admin.create(resources.configMaps, {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'windows-ssh-host-keys', namespace },
    data: { [peers.address('rekeyed')]: peers.hostKey('good').split(' ')[1] ?? '' },
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const response = await streamPreflight(
    url,
    cluster.tokens.admin,
    profiles.map((profile) => peers.address(profile)),
  );
  assert.equal(response.status, 200);
  assert.match(response.contentType, /application\/x-ndjson/);
  bodies.push(response.text);
  const { lines, arrivedAtMs } = response;
  const [first = 0, last = 0] = [arrivedAtMs[0], arrivedAtMs.at(-1)];
  const instants = new Set(arrivedAtMs).size;
  console.log(
    `preflight of ${String(profiles.length)} hosts: first line after ${first.toFixed(0)} ms, all after ${(last / 1000).toFixed(1)} s in ${String(instants)} chunks`,
  );
  // All hosts run at once, so the spread is one host's SSH round trips; a reply written at the end has none.
  assert.ok(
    last - first > 100 && instants >= profiles.length,
    'results arrived as they came, not at the end',
  );
  assert.deepEqual(lines.at(-1), { type: 'end' });

  const checks = checksByAddress(lines);
  const actual = Object.fromEntries(
    profiles.map((profile) => [
      profile,
      Object.fromEntries(
        checkIds.map((id) => [id, checks.get(peers.address(profile))?.get(id)?.status]),
      ),
    ]),
  );
  const wanted = Object.fromEntries(
    profiles.map((profile) => [
      profile,
      Object.fromEntries(checkIds.map((id) => [id, expected[profile][id] ?? 'pass'])),
    ]),
  );
  assert.deepEqual(actual, wanted);

  const check = (profile: ProfileName, id: CheckResult['id']) =>
    checks.get(peers.address(profile))?.get(id);
  assert.equal(check('good', 'host-key')?.code, 'pinned-now');
  assert.equal(check('ws2019', 'windows-build')?.code, 'unsupported-on-platform');
  assert.equal(check('ws2019', 'windows-build')?.params?.platform, 'VSphere');
  assert.equal(check('firewall', 'node-ports')?.code, 'firewall-rule-missing');
  assert.equal(check('firewall', 'node-ports')?.remediable, true);
  assert.equal(check('wrongKey', 'login')?.code, 'rejected');
  assert.equal(check('rekeyed', 'host-key')?.code, 'mismatch-configmap');
  assert.equal(check('badName', 'reverse-dns')?.code, 'ptr-missing');
  assert.equal(check('noSshd', 'ssh-port')?.code, 'refused');
  assert.deepEqual(check('good', 'api-int')?.params, {
    name: clusterApiInt,
    addresses: '192.168.10.5',
  });
  assert.equal(check('noApiInt', 'api-int')?.code, 'api-int-unresolved');

  const verdicts = lines.filter((line) => line.type === 'host');
  assert.equal(verdicts.length, profiles.length);
  assert.ok(
    verdicts.every((line) => line.saved),
    'every result was recorded in the cluster',
  );

  // Pins: the key each host presented, recorded on first contact after a successful login only.
  const pins = await admin.get<V1ConfigMap & { metadata: object }>(
    resources.configMaps,
    'windows-ssh-host-keys',
    namespace,
  );
  const loggedIn: ProfileName[] = [
    'good',
    'powershell',
    'ws2019',
    'containerd',
    'twoNics',
    'firewall',
    'badName',
  ];
  for (const profile of loggedIn) {
    assert.equal(
      pins.data?.[peers.address(profile)],
      peers.hostKey(profile).split(' ')[1],
      profile,
    );
  }
  assert.equal(pins.data?.[peers.address('wrongKey')], undefined);
  assert.equal(
    pins.data?.[peers.address('rekeyed')],
    peers.hostKey('good').split(' ')[1],
    'a mismatch never overwrites the pin',
  );

  // Only catalogue commands ever ran.
  const { shellProbe, hostFacts, openNodePorts, resolveName } = commandCatalogue;
  const catalogue: (string | undefined)[] = [
    shellProbe,
    hostFacts,
    openNodePorts,
    resolveName(clusterApiInt),
  ];
  for (const profile of profiles) {
    for (const command of peers.commandsReceived(profile))
      assert.ok(catalogue.includes(command), command);
  }
  assert.deepEqual(peers.commandsReceived('wrongKey'), []);
  assert.deepEqual(peers.commandsReceived('rekeyed'), []);
});

test('the next preflight trusts the pinned key; a DNS name must resolve back to itself', async () => {
  const { lines } = await preflight([
    peers.address('good'),
    peers.dnsName('good'),
    peers.dnsName('badName'),
  ]);
  const checks = checksByAddress(lines);
  assert.equal(checks.get(peers.address('good'))?.get('host-key')?.code, 'matches-configmap');
  assert.equal(
    checks.get(peers.dnsName('good'))?.get('reverse-dns')?.code,
    'forward-reverse-match',
  );
  assert.equal(checks.get(peers.dnsName('badName'))?.get('reverse-dns')?.code, 'ptr-missing');
});

/** Changes the Infrastructure's status for one block, then puts it back. */
async function withInfrastructure(status: object, during: () => Promise<void>): Promise<void> {
  const at = { name: 'cluster', subresource: 'status' as const };
  const before = await admin.get<{ status: object; metadata: object }>(
    resources.infrastructures,
    'cluster',
  );
  await admin.mergePatch(resources.infrastructures, at, { status });
  try {
    await during();
  } finally {
    await admin.mergePatch(resources.infrastructures, at, { status: before.status });
  }
}

test('api-int: the name Infrastructure gives is looked up on the host; off vSphere the check is not run', async () => {
  const address = peers.address('containerd');
  const elsewhere = 'api-int.elsewhere.example.com';
  await withInfrastructure({ apiServerInternalURI: `https://${elsewhere}:6443` }, async () => {
    const checks = checksByAddress((await preflight([address])).lines).get(address);
    assert.deepEqual(checks?.get('api-int'), {
      id: 'api-int',
      status: 'fail',
      code: 'api-int-unresolved',
      params: { name: elsewhere },
    });
  });
  assert.equal(
    peers.commandsReceived('containerd').at(-1),
    commandCatalogue.resolveName(elsewhere),
  );

  const commandsBefore = peers.commandsReceived('containerd').length;
  await withInfrastructure({ platformStatus: { type: 'None' } }, async () => {
    const { lines } = await preflight([address]);
    const checks = checksByAddress(lines).get(address);
    assert.deepEqual(
      [...(checks?.keys() ?? [])].sort(),
      checkIds.filter((id) => id !== 'api-int').sort(),
      'every check but api-int, which is neither run nor listed as skipped',
    );
  });
  assert.deepEqual(peers.commandsReceived('containerd').slice(commandsBefore), [
    commandCatalogue.shellProbe,
    commandCatalogue.hostFacts,
  ]);
});

test('remediation, once confirmed, creates the firewall rules over SSH and the re-run passes', async () => {
  const address = peers.address('firewall');
  const { status, body } = await call<RemediateResult>('POST', '/api/v1/byoh/remediate', {
    address,
    username: user,
    confirmed: true,
  });
  assert.equal(status, 200, JSON.stringify(body));
  assert.equal(body.check.id, 'node-ports');
  assert.equal(body.check.status, 'pass');
  assert.equal(body.check.code, 'open-not-listening');
  assert.ok(peers.commandsReceived('firewall').includes(commandCatalogue.openNodePorts));
  const records = await admin.get<V1ConfigMap & { metadata: object }>(
    resources.configMaps,
    'windows-nodes-byoh-preflight',
    namespace,
  );
  const record = JSON.parse(records.data?.[address] ?? '{}') as PreflightRecord;
  assert.equal(record.checks.find((check) => check.id === 'node-ports')?.status, 'pass');
  assert.equal(record.checks.length, checkIds.length, 'the other checks of the last run are kept');

  const unpinned = await call<{ code: string; params: object }>('POST', '/api/v1/byoh/remediate', {
    address: peers.address('noSshd'),
    username: user,
    confirmed: true,
  });
  assert.equal(unpinned.status, 409);
  assert.equal(unpinned.body.code, 'host-key-not-pinned');
  assert.deepEqual(unpinned.body.params, { address: peers.address('noSshd') });
});

test('status per instance, live from the cluster: listed → joined → Ready, events, teardown; a malformed entry stops everything', async () => {
  const dns = new Resolver();
  dns.setServers(peers.plan.settings.dnsServers ?? []);
  const simulators = startSimulators({
    server: cluster.server,
    caData: cluster.caData,
    token: cluster.tokens.admin,
    behaviours: [
      olmSimulator,
      wmcoSimulator,
      byohSimulator({
        resolve4: (name) => dns.resolve4(name).catch(() => []),
        joinDelayMs: 500,
        readyDelayMs: 1000,
      }),
    ],
  });
  try {
    const good = peers.address('good');
    const named = peers.dnsName('powershell');
    for (const address of [good, named]) {
      assert.equal(
        (await call('POST', '/api/v1/byoh/entries', { address, username: user })).status,
        200,
      );
    }
    const stateOf = async () => (await call<ByohState>('GET', '/api/v1/byoh')).body;
    const first = await stateOf();
    assert.deepEqual(
      first.instances.map((instance) => [instance.address, instance.stage]),
      [
        [good, 'listed'],
        [named, 'listed'],
      ],
    );
    assert.equal(
      first.instances[0]?.preflight?.checks.length,
      checkIds.length,
      'the last preflight shows',
    );
    // WMCO records InstanceSetup once a node is configured, so the event may trail Ready.
    const ready = await waitFor(
      'both instances Ready, with their InstanceSetup events',
      async () => {
        const state = await stateOf();
        return state.instances.every(
          (instance) => instance.stage === 'ready' && instance.events.length > 0,
        )
          ? state
          : undefined;
      },
    );
    const byName = ready.instances.find((instance) => instance.address === named);
    assert.deepEqual(byName?.ipv4, [peers.address('powershell')]);
    assert.match(byName?.node?.wmcoVersion ?? '', /^10\.22\.0-/);
    assert.deepEqual(
      byName?.events.map((event) => event.reason),
      ['InstanceSetup'],
    );

    // One malformed entry: WMCO configures and removes nothing.
    await admin.mergePatch(
      resources.configMaps,
      { name: 'windows-instances', namespace },
      { data: { [good]: null, 'win-extra.byoh.test': 'Administrator' } },
    );
    const blocked = await waitFor('the malformed entry to show', async () => {
      const state = await stateOf();
      return state.malformed === 1 ? state : undefined;
    });
    assert.equal(
      blocked.instances.find((instance) => instance.address === 'win-extra.byoh.test')?.issue?.code,
      'value-format',
    );
    await new Promise((resolve) => setTimeout(resolve, 3000));
    assert.ok(
      (await stateOf()).orphanNodes.length === 1,
      'the node of the removed entry stays while an entry is malformed',
    );

    await call('DELETE', '/api/v1/byoh/entries/win-extra.byoh.test');
    const tornDown = await waitFor('the removed entry’s node to go', async () => {
      const state = await stateOf();
      return state.orphanNodes.length === 0 && state.malformed === 0 ? state : undefined;
    });
    assert.deepEqual(
      tornDown.instances.map((instance) => instance.address),
      [named],
    );
    const events = await admin.list<{ metadata: object; reason: string; message: string }>(
      resources.events,
      { namespace },
    );
    assert.ok(
      events.some((event) => event.reason === 'InstanceTeardown' && event.message.includes(good)),
    );

    const gone = await call('DELETE', '/api/v1/byoh/instances');
    assert.equal(gone.status, 200);
    await waitFor('every BYOH node to go', async () =>
      (await stateOf()).orphanNodes.length === 0 && !(await stateOf()).configMapExists
        ? true
        : undefined,
    );
  } finally {
    await simulators.stop();
  }
});
