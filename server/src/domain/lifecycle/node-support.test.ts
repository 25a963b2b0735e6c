import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { V1Node } from '@kubernetes/client-node';
import { nodeOs } from './node-os';
import { judgeNode, type SupportContext, type SupportState } from './node-support';

function node(name: string, label: string | undefined, kernel?: string, osImage?: string): V1Node {
  return {
    metadata: {
      name,
      labels: {
        'kubernetes.io/os': 'windows',
        ...(label ? { 'node.kubernetes.io/windows-build': label } : {}),
      },
    },
    status: {
      nodeInfo: {
        architecture: 'amd64',
        kernelVersion: kernel ?? '',
        osImage: osImage ?? '',
        bootID: '',
        containerRuntimeVersion: '',
        kubeProxyVersion: '',
        kubeletVersion: '',
        machineID: '',
        operatingSystem: 'windows',
        systemUUID: '',
      },
    },
  };
}

const at = (instant: string): SupportContext => ({ now: new Date(instant) });
const wmco = (instant: string, wmcoVersion: string, platform: string): SupportContext => ({
  now: new Date(instant),
  wmcoVersion,
  platform,
});

// [case, label, kernel, context, expected state, expected finding codes]
const cases: [
  string,
  string | undefined,
  string | undefined,
  SupportContext,
  SupportState,
  string[],
][] = [
  [
    '2022 patched, in mainstream',
    '10.0.20348',
    '10.0.20348.2340',
    at('2025-06-01T00:00:00Z'),
    'mainstream',
    [],
  ],
  [
    '2022 on the last instant of mainstream (PT)',
    '10.0.20348',
    '10.0.20348.2340',
    at('2026-10-13T22:59:59.999-08:00'),
    'mainstream',
    [],
  ],
  [
    '2022 one millisecond after mainstream ends',
    '10.0.20348',
    '10.0.20348.2340',
    at('2026-10-13T23:00:00.000-08:00'),
    'extended-only',
    ['extended-only'],
  ],
  [
    '2022 on the last instant of extended support',
    '10.0.20348',
    '10.0.20348.4648',
    at('2031-10-14T22:59:59.999-08:00'),
    'extended-only',
    ['extended-only'],
  ],
  [
    '2022 after extended support',
    '10.0.20348',
    '10.0.20348.4648',
    at('2031-10-15T00:00:00-08:00'),
    'past-end-of-support',
    ['past-end-of-support'],
  ],
  [
    '2019 after its mainstream end of 2024-01-09',
    '10.0.17763',
    '10.0.17763.6893',
    at('2024-01-10T08:00:00Z'),
    'extended-only',
    ['extended-only'],
  ],
  [
    '2019 on 2024-01-09 in Redmond: still mainstream',
    '10.0.17763',
    '10.0.17763.6893',
    at('2024-01-10T06:59:59Z'),
    'mainstream',
    [],
  ],
  [
    '2019 after 2029-01-09',
    '10.0.17763',
    '10.0.17763.6893',
    at('2029-01-10T12:00:00Z'),
    'past-end-of-support',
    ['past-end-of-support'],
  ],
  [
    '2025 in mainstream until November 2029',
    '10.0.26100',
    '10.0.26100.3476',
    at('2029-11-13T12:00:00-08:00'),
    'mainstream',
    [],
  ],
  [
    '2022 exactly at the required revision 681',
    '10.0.20348',
    '10.0.20348.681',
    at('2025-01-01T00:00:00Z'),
    'mainstream',
    [],
  ],
  [
    '2022 one revision below 681',
    '10.0.20348',
    '10.0.20348.680',
    at('2025-01-01T00:00:00Z'),
    'below-required-build',
    ['below-required-build'],
  ],
  [
    '2022 at its release revision',
    '10.0.20348',
    '10.0.20348.169',
    at('2025-01-01T00:00:00Z'),
    'below-required-build',
    ['below-required-build'],
  ],
  [
    '2022 without a kernel revision',
    '10.0.20348',
    undefined,
    at('2025-01-01T00:00:00Z'),
    'mainstream',
    ['revision-unknown'],
  ],
  ['2019 needs no revision', '10.0.17763', undefined, at('2023-01-01T00:00:00Z'), 'mainstream', []],
  [
    'no label: the kernel gives the build',
    undefined,
    '10.0.20348.2340',
    at('2025-01-01T00:00:00Z'),
    'mainstream',
    [],
  ],
  [
    'no label, no kernel',
    undefined,
    undefined,
    at('2025-01-01T00:00:00Z'),
    'unknown-build',
    ['unknown-build'],
  ],
  [
    'a build no Windows Server release has (2016)',
    '10.0.14393',
    '10.0.14393.7785',
    at('2025-01-01T00:00:00Z'),
    'unknown-build',
    ['unknown-build'],
  ],
  [
    'label and kernel disagree: the label wins',
    '10.0.20348',
    '10.0.17763.6893',
    at('2025-01-01T00:00:00Z'),
    'mainstream',
    ['revision-unknown', 'build-label-mismatch'],
  ],
  [
    '2025 under WMCO 10.21 on AWS',
    '10.0.26100',
    '10.0.26100.3476',
    wmco('2025-06-01T00:00:00Z', '10.21.0', 'AWS'),
    'unsupported-by-wmco',
    ['unsupported-by-wmco'],
  ],
  [
    '2025 under WMCO 10.22 on AWS',
    '10.0.26100',
    '10.0.26100.3476',
    wmco('2025-06-01T00:00:00Z', '10.22.0-5c2e1f9', 'AWS'),
    'mainstream',
    [],
  ],
  [
    '2019 on vSphere is not in the matrix',
    '10.0.17763',
    '10.0.17763.6893',
    wmco('2023-06-01T00:00:00Z', '10.17.0', 'VSphere'),
    'unsupported-by-wmco',
    ['unsupported-by-wmco'],
  ],
  [
    'past end of support outranks a low build',
    '10.0.20348',
    '10.0.20348.300',
    at('2032-01-01T00:00:00Z'),
    'past-end-of-support',
    ['past-end-of-support', 'below-required-build'],
  ],
];

for (const [name, label, kernel, context, state, codes] of cases) {
  test(`lifecycle: ${name}`, () => {
    const judged = judgeNode(nodeOs(node('n1', label, kernel)), context);
    assert.equal(judged.state, state);
    assert.deepEqual(
      judged.findings.map((finding) => finding.code),
      codes,
    );
  });
}

test('a judged node carries its version, builds, OS image, phase end and patch age', () => {
  const judged = judgeNode(
    nodeOs(node('win-1', '10.0.20348', '10.0.20348.2340', 'Windows Server 2022 Datacenter')),
    at('2024-04-11T00:00:00Z'),
  );
  assert.equal(judged.version, '2022');
  assert.equal(judged.build, '10.0.20348');
  assert.equal(judged.fullBuild, '10.0.20348.2340');
  assert.equal(judged.osImage, 'Windows Server 2022 Datacenter');
  assert.deepEqual(judged.lifecycle, {
    phase: 'mainstream',
    phaseEnds: '2026-10-13T22:59:59.999-08:00',
    daysLeft: 916,
  });
  assert.deepEqual(judged.patch, { kind: 'released', on: '2024-03-12', days: 30 });
});

test('a build below the minimum names the required build, its update and what was found', () => {
  const judged = judgeNode(
    nodeOs(node('n', '10.0.20348', '10.0.20348.587')),
    at('2024-01-01T00:00:00Z'),
  );
  assert.deepEqual(judged.findings, [
    {
      code: 'below-required-build',
      params: { build: '10.0.20348.681', update: 'KB5012637', found: '10.0.20348.587' },
    },
  ]);
});
