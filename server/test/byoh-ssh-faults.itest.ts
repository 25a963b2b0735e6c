// Hosts that fail the BFF mid-way, checked with the production BYOH defaults: one that accepts TCP on
// the SSH port and never sends a byte, one whose network path black-holes while a command runs, one whose
// SSH session is killed mid-command; and one that is merely slow, which must not be taken for dead.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CheckId, CheckResult } from '../contract/byoh';
import { waitFor } from '../../integration-tests/cluster/wait-for';
import {
  faultProfiles,
  type FaultProfileName,
} from '../../integration-tests/ssh-peers/host-profiles';
import type { BffApp } from '../src/app';
import { defaultByohSettings } from '../src/ssh/byoh-settings';
import { commandCatalogue } from '../src/ssh/command-catalogue';
import {
  streamPreflight,
  type StreamedPreflight,
} from '../../integration-tests/ssh-peers/preflight-stream';
import { checksByAddress, startByohHarness, type ByohHarness } from './byoh-harness';

/** The issue's bound: a broken host is reported within this long of the preflight's start. */
const reportedWithinMs = 10_000;

let harness: ByohHarness<FaultProfileName>;
let app: BffApp;
let bffUrl: string;

before(async () => {
  harness = await startByohHarness(faultProfiles);
  app = await harness.buildBff();
  bffUrl = await app.listen({ host: '127.0.0.1', port: 0 });
});

after(async () => {
  await app.close();
  await harness.stop();
});

async function preflight(profiles: FaultProfileName[]): Promise<StreamedPreflight> {
  const { peers, cluster } = harness;
  return streamPreflight(
    bffUrl,
    cluster.tokens.admin,
    profiles.map((profile) => peers.address(profile)),
  );
}

/** When each address's verdict line arrived, in ms since the preflight started. */
function verdictTimes(response: StreamedPreflight): Map<string, number> {
  return new Map(
    response.lines.flatMap((line, index) =>
      line.type === 'host' ? [[line.address, response.arrivedAtMs[index] ?? Infinity]] : [],
    ),
  );
}

type Verdicts = Partial<Record<CheckId, `${CheckResult['status']} ${string}`>>;

/** The four checks read from the host-facts command, and api-int's lookup after it (vSphere). */
const hostFactChecks = (verdict: Verdicts[CheckId]): Verdicts => ({
  'windows-build': verdict,
  hostname: verdict,
  'network-adapters': verdict,
  containerd: verdict,
  'api-int': verdict,
});

test('the BFF runs with the production defaults, pointed only at the peers', () => {
  const { settings } = harness.peers.plan;
  const { dnsServers, sshPort } = settings;
  assert.deepEqual(settings, { ...defaultByohSettings, dnsServers, sshPort });
});

/** The verdict each broken host must get, as `<status> <code>` per check. */
const expectedOfBroken = {
  silent: {
    'ssh-port': 'pass reachable',
    'host-key': 'skipped no-handshake',
    login: 'fail timeout',
    'default-shell': 'skipped no-login',
    ...hostFactChecks('skipped no-login'),
  },
  blackHoled: {
    login: 'pass accepted',
    'default-shell': 'pass cmd',
    ...hostFactChecks('fail keepalive-timeout'),
  },
  sessionKilled: {
    login: 'pass accepted',
    'default-shell': 'pass cmd',
    ...hostFactChecks('fail connection-closed'),
  },
} satisfies Partial<Record<FaultProfileName, Verdicts>>;

test('a silent host and connections that die mid-command fail within 10 s; every socket is closed', async () => {
  const { peers } = harness;
  const broken = Object.keys(expectedOfBroken) as (keyof typeof expectedOfBroken)[];
  const response = await preflight(broken);
  assert.equal(response.status, 200);
  assert.deepEqual(response.lines.at(-1), { type: 'end' }, 'the stream ends with `end`');
  const times = verdictTimes(response);
  const seconds = (profile: FaultProfileName) =>
    ((times.get(peers.address(profile)) ?? NaN) / 1000).toFixed(1);
  console.log(
    `verdicts: ${broken.map((profile) => `${profile} after ${seconds(profile)} s`).join(', ')}`,
  );
  const endAt = response.arrivedAtMs.at(-1) ?? Infinity;
  assert.ok(endAt < reportedWithinMs, `all reported and ended after ${endAt.toFixed(0)} ms`);

  const checks = checksByAddress(response.lines);
  for (const profile of broken) {
    const wanted: Verdicts = expectedOfBroken[profile];
    const actual = Object.fromEntries(
      Object.keys(wanted).map((id) => {
        const check = checks.get(peers.address(profile))?.get(id);
        return [id, `${check?.status ?? 'missing'} ${check?.code ?? ''}`];
      }),
    );
    assert.deepEqual(actual, wanted, profile);
    const verdict = response.lines.find(
      (line) => line.type === 'host' && line.address === peers.address(profile),
    );
    assert.equal(verdict?.type === 'host' ? verdict.outcome : undefined, 'fail', profile);
  }
  for (const profile of ['blackHoled', 'sessionKilled'] as const) {
    assert.deepEqual(
      peers.commandsReceived(profile),
      [commandCatalogue.shellProbe, commandCatalogue.hostFacts],
      `${profile}: the connection died while the host-facts command ran`,
    );
  }
  // The silent host and the black hole never close a connection: only the BFF can.
  for (const profile of ['silent', 'blackHoled'] as const) {
    await waitFor(
      `the BFF to close its connection to ${profile}`,
      async () => (peers.openSshConnections(profile) === 0 ? true : undefined),
      { timeoutMs: 1000, intervalMs: 20 },
    );
  }
});

test('a slow command on a live connection is waited for, past any keepalive deadline', async () => {
  const { peers } = harness;
  const delayMs = faultProfiles.slow.hostFactsDelayMs ?? 0;
  assert.ok(delayMs > 3 * defaultByohSettings.keepaliveIntervalMs, 'longer than a dead peer lasts');
  const response = await preflight(['slow']);
  const took = verdictTimes(response).get(peers.address('slow')) ?? Infinity;
  console.log(`slow host: facts after ${String(delayMs)} ms, verdict after ${took.toFixed(0)} ms`);
  assert.ok(took >= delayMs);
  const checks = checksByAddress(response.lines).get(peers.address('slow'));
  assert.deepEqual(
    Object.keys(hostFactChecks(undefined)).map((id) => checks?.get(id)?.status),
    ['pass', 'pass', 'pass', 'pass', 'pass'],
  );
  assert.deepEqual(response.lines.at(-1), { type: 'end' });
});
