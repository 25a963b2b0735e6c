/**
 * A message that refuses something and lists what is supported never lists what it refuses. For every
 * row of the support matrix (and a WMCO newer than it), every platform (and one WMCO does not know),
 * every Windows Server release at and below its minimum build, with and without a custom VXLAN port,
 * and every OpenShift minor, the Overview's findings, the preflight's build check and the MachineSet
 * problem are derived by the BFF's rules, worded in English, and every list they show is checked.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bareSnapshot } from '../../server/src/domain/overview/bare-snapshot';
import semver from 'semver';
import type { CheckResult } from '../../server/contract/byoh';
import type { Finding } from '../../server/contract/findings';
import type { WindowsNode } from '../../server/contract/nodes';
import { judgeBuild } from '../../server/src/domain/byoh/host-checks';
import { judgeNode } from '../../server/src/domain/lifecycle/node-support';
import { ownerActions } from '../../server/src/domain/lifecycle/owner-actions';
import { parseWindowsBuild } from '../../server/src/domain/lifecycle/windows-build';
import {
  logRotationSince,
  supportsLogRotation,
} from '../../server/src/domain/install/log-rotation-support';
import { windowsServerChoices } from '../../server/src/domain/machinesets/machine-set-defaults';
import { validateWindowsMachineSet } from '../../server/src/domain/machinesets/machine-set-validation';
import { machineSetPlatform } from '../../server/src/domain/machinesets/platform-table';
import {
  clusterVersionFindings,
  platformFindings,
  proxyFindings,
} from '../../server/src/domain/overview/cluster-findings';
import type { ClusterSnapshot } from '../../server/src/domain/overview/cluster-snapshot';
import { nodeFindings } from '../../server/src/domain/overview/node-findings';
import {
  supportedWindowsVersions,
  windowsServerReleases,
  wmcoReleases,
  wmcoRulesFor,
  type WindowsServerVersion,
  type WmcoRules,
} from '../../server/src/domain/support/support-matrix';
import {
  lifecycleStanding,
  windowsServerLifecycle,
} from '../../server/src/domain/support/windows-server-lifecycle';
import { checkWords } from './check-words';
import { errorWords } from './error-words';
import { findingWords } from './finding-words';
import { machineSetProblemWords } from './machine-set-problem-words';
import { platformName } from './platform-name';
import { say, wordingFor, type Wording } from './wording';

/** English with `{{param}}` filled in, keeping every list it words. */
function recordingWording(): { wording: Wording; lists: string[][] } {
  const lists: string[][] = [];
  const english = wordingFor(
    (key, options) => key.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options?.[name])),
    'en',
  );
  const list = (items: readonly string[]) => {
    lists.push([...items]);
    return english.list(items);
  };
  return { wording: { ...english, list }, lists };
}

/** A finding's title and detail, and the lists worded in them. */
function worded(finding: Finding): { text: string; lists: string[][] } {
  const { wording, lists } = recordingWording();
  const { title, detail } = say(findingWords, wording, finding);
  return { text: `${title} ${detail}`, lists };
}

const wmcoVersions = [
  ...wmcoReleases.map((release) => semver.minVersion(release.versions)?.version ?? ''),
  '11.5.0',
];
const platforms = ['AWS', 'Azure', 'VSphere', 'GCP', 'Nutanix', 'None', 'BareMetal', 'OpenStack'];
const openshiftMinors = [
  '4.11',
  ...new Set(wmcoReleases.flatMap(({ openshift }) => [openshift.min, openshift.max])),
  '5.1',
];
const vxlanPorts = [undefined, 9898];

function rulesOf(version: string): WmcoRules {
  const rules = wmcoRulesFor(version);
  assert.ok(rules, version);
  return rules;
}

function snapshot(platform: string, extra: Partial<ClusterSnapshot> = {}): ClusterSnapshot {
  return bareSnapshot({ platform: { type: platform, infrastructureName: 'winlab' }, ...extra });
}

/** A node of each release at its newest build, and one below its minimum where it has one. */
const nodes: WindowsNode[] = windowsServerReleases.flatMap((release) => {
  const node = (suffix: string, revision: number): WindowsNode => ({
    name: `win-${release.version}-${suffix}`,
    ready: true,
    schedulable: true,
    build: `${release.build}.${String(revision)}`,
    windowsServer: release.version,
    source: 'MachineSet',
    addresses: ['10.0.1.10'],
    upgrading: false,
  });
  const current = node('current', 9999);
  return release.minimumRevision ? [current, node('old', release.minimumRevision - 1)] : [current];
});
const versionOfNode = new Map(nodes.map((node) => [node.name, node.windowsServer ?? '']));

for (const version of wmcoVersions) {
  const rules = rulesOf(version);

  test(`WMCO ${version}: a refused platform or version is never among those it names`, () => {
    for (const platform of platforms) {
      for (const vxlanPort of vxlanPorts) {
        const network = { hybridOverlay: { clusterNetworks: [], vxlanPort } };
        const [finding] = platformFindings(snapshot(platform, { network }), rules);
        assert.ok(finding, platform);
        const { text, lists } = worded(finding);
        const where = `${platform} vxlan=${String(vxlanPort)}: ${text}`;
        const supported = supportedWindowsVersions(rules, platform);
        if (finding.code === 'platform-unsupported') {
          const name = platformName(recordingWording().wording, platform);
          assert.equal(supported.length, 0, `${platform} is supported: ${where}`);
          assert.equal(lists.length, 1, where);
          assert.ok(!lists.flat().includes(name), `${platform} named as supported: ${where}`);
          assert.ok(lists.flat().length > 0, `no supported platform named: ${where}`);
          continue;
        }
        const usable = windowsServerChoices(version, platform, vxlanPort);
        const ruledOut = supported.filter((candidate) => !usable.includes(candidate));
        assert.deepEqual(lists, usable.length > 0 ? [usable] : [], where);
        assert.equal(finding.severity, usable.length > 0 ? 'ok' : 'blocked', where);
        for (const refused of ruledOut) {
          assert.ok(!lists.flat().includes(refused), where);
          assert.match(text, new RegExp(`custom VXLAN port ${String(vxlanPort)}`), where);
        }
      }
    }
  });

  test(`WMCO ${version}: a node of a refused version is never listed as supported`, () => {
    for (const platform of platforms) {
      const supported = supportedWindowsVersions(rules, platform);
      for (const finding of nodeFindings(snapshot(platform, { nodes }), rules)) {
        const { text, lists } = worded(finding);
        const named = (finding.params as { nodes?: string[] }).nodes ?? [];
        const versions = named.map((node) => versionOfNode.get(node) ?? '');
        if (finding.code === 'nodes-unsupported-windows') {
          const [listed = [], ...rest] = lists;
          const shown = new Set(listed);
          assert.deepEqual(listed, [...supported], text);
          assert.ok(rest.length > 0, text);
          for (const refused of versions) assert.ok(!shown.has(refused), text);
        }
        if (finding.code === 'nodes-below-minimum-build') {
          // Only the build is refused: each of these versions is supported here.
          for (const below of versions) assert.ok(supported.includes(below as never), text);
          for (const node of named) assert.match(node, /-old$/, text);
        }
      }
    }
  });

  test(`WMCO ${version}: the preflight never refuses a build naming its version as supported`, () => {
    for (const platform of platforms) {
      const byPlatform = supportedWindowsVersions(rules, platform);
      for (const release of windowsServerReleases) {
        for (const customVxlanPort of [false, true]) {
          const build = `${release.build}.9999`;
          const check: CheckResult = judgeBuild(build, { wmco: rules, platform, customVxlanPort });
          const where = `${platform} ${release.version} vxlan=${String(customVxlanPort)}`;
          const { message } = say(checkWords, recordingWording().wording, check);
          const supported = check.params?.supported ?? '';
          const listed = supported === '' ? [] : supported.split(', ');
          if (check.status === 'pass') {
            assert.ok(listed.includes(release.version), `${where}: ${message}`);
            continue;
          }
          assert.ok(message.includes(supported), `${where}: ${message}`);
          assert.doesNotMatch(message, /: \)/, `${where}: an empty list shown: ${message}`);
          assert.ok(!listed.includes(release.version), `${where}: ${message}`);
          // The reason is the real one: the platform when the Overview names it unsupported there.
          assert.equal(
            check.code,
            byPlatform.includes(release.version)
              ? 'unsupported-with-vxlan-port'
              : 'unsupported-on-platform',
            `${where}: ${message}`,
          );
        }
      }
    }
  });

  test(`WMCO ${version}: the advice for an unknown build names only what can run here`, () => {
    for (const platform of platforms) {
      for (const customVxlanPort of [false, true]) {
        const check = judgeBuild('10.0.14393.7000', { wmco: rules, platform, customVxlanPort });
        const { fix = '' } = say(checkWords, recordingWording().wording, check);
        const usable = windowsServerChoices(version, platform, customVxlanPort ? 9898 : undefined);
        const named = windowsServerReleases
          .map((release) => release.version)
          .filter((candidate) => fix.includes(candidate));
        const where = `${platform} vxlan=${String(customVxlanPort)}: ${fix}`;
        assert.equal(check.code, 'unknown-build', where);
        if (usable.length > 0) assert.deepEqual(named, usable, where);
      }
    }
  });

  test(`WMCO ${version}: a MachineSet's refused Windows Server is never among those it names`, () => {
    for (const platform of platforms) {
      const machineSets = machineSetPlatform(platform);
      if (!machineSets) continue;
      const object = {
        apiVersion: 'machine.openshift.io/v1beta1',
        kind: 'MachineSet',
        spec: {
          template: { spec: { providerSpec: { value: { kind: machineSets.providerKind } } } },
        },
      };
      for (const vxlanPort of vxlanPorts) {
        const windowsServerVersions = windowsServerChoices(version, platform, vxlanPort);
        for (const { version: windowsServer } of windowsServerReleases) {
          const refused = validateWindowsMachineSet(object, windowsServer, {
            platform,
            windowsServerVersions,
          }).find((problem) => problem.code === 'windows-server-unsupported');
          const where = `${platform} ${windowsServer} vxlan=${String(vxlanPort)}`;
          assert.equal(refused === undefined, windowsServerVersions.includes(windowsServer), where);
          if (!refused) continue;
          const text = say(machineSetProblemWords, recordingWording().wording, refused);
          const supported = (refused.params as { supported?: string }).supported ?? '';
          assert.ok(text.includes(supported), text);
          assert.doesNotMatch(text, /: \)/, `${where}: an empty list shown: ${text}`);
          assert.ok(!supported.split(', ').includes(windowsServer), `${where}: ${text}`);
        }
      }
    }
  });

  test(`WMCO ${version}: a BYOH host is never told to move to its own version or one past support`, () => {
    const ends = Object.values(windowsServerLifecycle).map(({ extendedEnd }) => extendedEnd);
    const moments = ['2026-12-06', ...ends].map((day) => new Date(Date.parse(day) + 86_400_000));
    for (const platform of platforms) {
      for (const now of moments) {
        for (const release of windowsServerReleases) {
          const os = {
            name: 'win-byoh',
            source: 'BYOH' as const,
            build: parseWindowsBuild(`${release.build}.9999`),
            kernelDisagrees: false,
          };
          const context = { now, wmcoVersion: version, platform };
          const node = { ...judgeNode(os, context), ready: true };
          const where = `${platform} ${release.version} ${now.toISOString()}`;
          for (const finding of node.findings) {
            if (finding.code !== 'unsupported-by-wmco') continue;
            const listed = String(finding.params.supported).split(', ');
            assert.ok(!listed.includes(release.version), `${where}: ${listed.join(', ')}`);
          }
          for (const action of ownerActions(node, context)) {
            if (action.code !== 'move-to-supported-version') continue;
            const supported = String(action.params.supported);
            const listed =
              supported === '' ? [] : (supported.split(', ') as WindowsServerVersion[]);
            assert.ok(!listed.includes(release.version), `${where}: ${supported}`);
            for (const target of listed) {
              assert.notEqual(
                lifecycleStanding(target, now).phase,
                'ended',
                `${where}: ${supported}`,
              );
            }
          }
        }
      }
    }
  });

  test(`WMCO ${version}: a refused OpenShift is outside the range it names`, () => {
    for (const openshift of openshiftMinors) {
      const cluster = snapshot('AWS', { clusterVersion: `${openshift}.3` });
      for (const finding of clusterVersionFindings(cluster, rules)) {
        const { text } = worded(finding);
        const { min, max } = finding.params as { min: string; max: string };
        const minor = semver.coerce(openshift);
        assert.ok(minor, openshift);
        assert.ok(
          semver.lt(minor, semver.coerce(min) ?? '0.0.0') ||
            semver.gt(minor, semver.coerce(max) ?? '0.0.0'),
          `${openshift}: ${text}`,
        );
        assert.ok(text.includes(min === max ? min : `${min}–${max}`), text);
      }
    }
  });

  test(`WMCO ${version}: the proxy and log rotation refusals name releases it is older than`, () => {
    for (const finding of proxyFindings(snapshot('AWS', { proxyConfigured: true }), rules)) {
      if (finding.code !== 'cluster-proxy-unsupported') continue;
      const { text } = worded(finding);
      const since = /\((\d+\.\d+) and later\)/.exec(text)?.[1];
      assert.ok(since, text);
      assert.ok(semver.lt(version, semver.coerce(since) ?? '0.0.0'), text);
    }
    if (!supportsLogRotation(version)) {
      const params = { wmco: version, since: logRotationSince };
      const text = errorWords['log-rotation-unsupported'](recordingWording().wording, params);
      assert.ok(semver.lt(version, params.since), text);
    }
  });
}
