import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  meetsMinimumRevision,
  runsOnOpenShift,
  supportedWindowsVersions,
  windowsServerReleaseOfBuild,
  wmcoRulesFor,
} from './support-matrix';

const platformCases: [wmco: string, platform: string, expected: string[]][] = [
  ['7.0.1', 'AWS', ['2019']],
  ['7.1.0', 'Azure', ['2019', '2022']],
  ['7.2.1', 'AWS', ['2019', '2022']],
  ['7.2.0', 'VSphere', ['2022']],
  ['8.0.0', 'AWS', ['2022']],
  ['8.0.1', 'AWS', ['2019', '2022']],
  ['8.1.0', 'Nutanix', []],
  ['9.0.2', 'Nutanix', ['2022']],
  ['10.17.0', 'GCP', ['2022']],
  ['10.22.0', 'AWS', ['2019', '2022', '2025']],
  ['10.22.1', 'VSphere', ['2022', '2025']],
  ['10.22.0', 'BareMetal', ['2022', '2025']],
  ['10.22.0', 'None', ['2022', '2025']],
  ['10.21.1', 'None', ['2019', '2022']],
  ['10.21.1', 'AWS', ['2019', '2022']],
  ['10.22.1', 'Nutanix', ['2022', '2025']],
  ['10.21.0', 'Nutanix', ['2022']],
  ['11.0.0', 'AWS', ['2019', '2022', '2025']],
  ['11.0.0', 'GCP', ['2022', '2025']],
  ['11.0.0', 'Nutanix', ['2022', '2025']],
  ['10.16.0', 'VSphere', ['2022']],
  ['10.22.0', 'OpenStack', []],
  ['10.22.0-abc1234', 'Azure', ['2019', '2022', '2025']],
];

for (const [wmco, platform, expected] of platformCases) {
  test(`WMCO ${wmco} on ${platform} supports ${expected.join(', ') || 'nothing'}`, () => {
    const rules = wmcoRulesFor(wmco);
    assert.ok(rules);
    assert.deepEqual([...supportedWindowsVersions(rules, platform)], expected);
  });
}

test('versions before 7.0 and between 9.x and 10.15 are not in the matrix', () => {
  assert.equal(wmcoRulesFor('6.0.0'), undefined);
  assert.equal(wmcoRulesFor('10.14.0'), undefined);
  assert.equal(wmcoRulesFor('not a version'), undefined);
});

test('a WMCO newer than the matrix is extrapolated from the newest row, on its own OpenShift minor', () => {
  const rules = wmcoRulesFor('11.1.2');
  assert.ok(rules?.extrapolated);
  assert.equal(rules.release.label, 'WMCO 11.0');
  assert.ok(runsOnOpenShift(rules, '5.1.1'));
  assert.ok(!runsOnOpenShift(rules, '5.0.1'));
});

test('every 10.x from 10.15 has its own row, on the OpenShift minor of its number', () => {
  for (let minor = 15; minor <= 22; minor++) {
    const rules = wmcoRulesFor(`10.${String(minor)}.1`);
    assert.equal(rules?.release.label, `WMCO 10.${String(minor)}`);
    assert.equal(rules.extrapolated, false);
    assert.ok(runsOnOpenShift(rules, `4.${String(minor)}.3`));
    assert.ok(!runsOnOpenShift(rules, `4.${String(minor + 1)}.0`));
  }
});

test('features by release: HPA from 10.18, mirrors from 10.16, log rotation from 10.22', () => {
  const release = (version: string) => wmcoRulesFor(version)?.release;
  assert.equal(release('10.17.2')?.hpaSupported, false);
  assert.equal(release('10.18.0')?.hpaSupported, true);
  assert.equal(release('10.15.3')?.mirrorsSupported, false);
  assert.equal(release('10.16.0')?.mirrorsSupported, true);
  assert.equal(release('10.21.1')?.serviceLogRotation, false);
  assert.equal(release('10.22.0')?.serviceLogRotation, true);
  assert.equal(release('11.0.0')?.serviceLogRotation, true);
});

test('OpenShift ranges follow the matrix', () => {
  const cases: [string, string, boolean][] = [
    ['7.2.1', '4.12.40', true],
    ['7.2.1', '4.13.0', false],
    ['10.15.0', '4.15.3', true],
    ['10.15.0', '4.21.3', false],
    ['10.15.0', '4.14.9', false],
    ['11.0.0', '5.0.2', true],
    ['11.0.0', '4.22.3', false],
    ['10.22.0', '4.22.3', true],
    ['10.22.0', '4.21.3', false],
  ];
  for (const [wmco, openshift, expected] of cases) {
    const rules = wmcoRulesFor(wmco);
    assert.ok(rules);
    assert.equal(runsOnOpenShift(rules, openshift), expected, `${wmco} on ${openshift}`);
  }
});

test('proxy support begins with WMCO 9', () => {
  assert.equal(wmcoRulesFor('7.2.1')?.release.clusterProxySupported, false);
  assert.equal(wmcoRulesFor('8.1.0')?.release.clusterProxySupported, false);
  assert.equal(wmcoRulesFor('9.0.0')?.release.clusterProxySupported, true);
});

test('Windows builds map to Windows Server versions; 2022 needs revision 681', () => {
  assert.equal(windowsServerReleaseOfBuild('10.0.17763')?.version, '2019');
  assert.equal(windowsServerReleaseOfBuild('10.0.20348.2227')?.version, '2022');
  assert.equal(windowsServerReleaseOfBuild('10.0.26100')?.imageTag, 'ltsc2025');
  assert.equal(windowsServerReleaseOfBuild('10.0.26100.32860')?.version, '2025');
  assert.equal(windowsServerReleaseOfBuild('10.0.14393'), undefined);
  assert.ok(meetsMinimumRevision('10.0.20348.681'));
  assert.ok(meetsMinimumRevision('10.0.20348.2340'));
  assert.ok(!meetsMinimumRevision('10.0.20348.169'));
  assert.ok(meetsMinimumRevision('10.0.20348'));
  assert.ok(meetsMinimumRevision('10.0.17763.1'));
});
