import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fleetInventory } from './fleet-inventory';
import type { NodeSupport } from './node-support';

function judged(
  node: string,
  fullBuild: string | undefined,
  state: NodeSupport['state'],
  origin?: string,
): NodeSupport {
  const build = fullBuild?.split('.').slice(0, 3).join('.');
  const version = { '10.0.17763': '2019', '10.0.20348': '2022', '10.0.26100': '2025' } as const;
  return {
    node,
    source: origin ? 'MachineSet' : 'BYOH',
    origin,
    version: build ? version[build as keyof typeof version] : undefined,
    build,
    fullBuild,
    state,
    findings: [],
  };
}

const fleet = [
  judged('a', '10.0.20348.2340', 'mainstream', 'ms-2022'),
  judged('b', '10.0.20348.3207', 'mainstream', 'ms-2022'),
  judged('c', '10.0.20348.600', 'below-required-build', 'ms-old'),
  judged('d', '10.0.17763.6893', 'extended-only'),
  judged('e', '10.0.17763.6893', 'extended-only'),
  judged('f', undefined, 'unknown-build'),
  judged('g', '10.0.26100.3476', 'mainstream', 'ms-2025'),
];

test('nodes are grouped by build, oldest build first, unknown last, each with its worst state', () => {
  const { groups } = fleetInventory(fleet);
  assert.deepEqual(
    groups.map((g) => [g.version, g.build, g.fullBuilds, g.nodes, g.state]),
    [
      ['2019', '10.0.17763', ['10.0.17763.6893'], ['d', 'e'], 'extended-only'],
      [
        '2022',
        '10.0.20348',
        ['10.0.20348.600', '10.0.20348.2340', '10.0.20348.3207'],
        ['a', 'b', 'c'],
        'below-required-build',
      ],
      ['2025', '10.0.26100', ['10.0.26100.3476'], ['g'], 'mainstream'],
      [undefined, undefined, [], ['f'], 'unknown-build'],
    ],
  );
});

test('a MachineSet whose machines run different full builds is flagged; BYOH hosts are not', () => {
  assert.deepEqual(fleetInventory(fleet).mixedMachineSets, [
    {
      machineSet: 'ms-2022',
      builds: [
        { build: '10.0.20348.2340', nodes: ['a'] },
        { build: '10.0.20348.3207', nodes: ['b'] },
      ],
    },
  ]);
});

test('every state is counted', () => {
  assert.deepEqual(fleetInventory(fleet).counts, {
    'unknown-build': 1,
    'past-end-of-support': 0,
    'below-required-build': 1,
    'unsupported-by-wmco': 0,
    'extended-only': 2,
    mainstream: 3,
  });
});
