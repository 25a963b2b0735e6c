import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { V1PodDisruptionBudget } from '@kubernetes/client-node';
import type { ImageAnswer, ImageDescription } from '../lifecycle/image-compatibility';
import { replacementBlockers, type ReplacementCheck } from './replacement-blockers';

const index = (...versions: (string | undefined)[]): ImageAnswer => ({
  ok: true,
  description: {
    kind: 'index',
    platforms: versions.map((osVersion) => ({ os: 'windows', architecture: 'amd64', osVersion })),
  } satisfies ImageDescription,
});

interface BudgetSpec {
  minAvailable?: number | string;
  maxUnavailable?: number | string;
}

function budget(name: string, spec: BudgetSpec, expectedPods?: number): V1PodDisruptionBudget {
  return {
    metadata: { name, namespace: 'apps' },
    spec: { selector: { matchLabels: { app: name } }, ...spec },
    status:
      expectedPods === undefined
        ? undefined
        : { expectedPods, currentHealthy: expectedPods, desiredHealthy: 0, disruptionsAllowed: 0 },
  };
}

const pods = (app: string, count: number) =>
  Array.from({ length: count }, () => ({ namespace: 'apps', labels: { app } }));

const check = (overrides: Partial<ReplacementCheck>): ReplacementCheck => ({
  targetVersion: '2022',
  architecture: 'amd64',
  workloads: [],
  pods: [],
  budgets: [],
  ...overrides,
});

const codes = (answer: ReturnType<typeof replacementBlockers>) => ({
  blockers: answer.blockers.map((b) => b.code),
  warnings: answer.warnings.map((w) => w.code),
});

// [case, check, blocker codes, warning codes]
const cases: [string, ReplacementCheck, string[], string[]][] = [
  ['nothing on the nodes', check({}), [], []],
  [
    'a 2022 image moving to 2022',
    check({
      workloads: [
        {
          workload: 'apps/Deployment/web',
          images: [{ container: 'web', image: 'w:1', answer: index('10.0.20348.2340') }],
        },
      ],
    }),
    [],
    [],
  ],
  [
    'a 2019 image moving to 2022',
    check({
      workloads: [
        {
          workload: 'apps/Deployment/legacy',
          images: [{ container: 'web', image: 'l:1', answer: index('10.0.17763.6893') }],
        },
      ],
    }),
    ['image-incompatible'],
    [],
  ],
  [
    'a 2022 image moving to 2025: the newer-host exception',
    check({
      targetVersion: '2025',
      workloads: [
        {
          workload: 'apps/Deployment/web',
          images: [{ container: 'web', image: 'w:1', answer: index('10.0.20348.2340') }],
        },
      ],
    }),
    [],
    [],
  ],
  [
    'an image without os.version',
    check({
      workloads: [
        {
          workload: 'apps/Deployment/x',
          images: [{ container: 'x', image: 'x:1', answer: index(undefined) }],
        },
      ],
    }),
    [],
    ['image-compatibility-unknown'],
  ],
  [
    'an image the registry refused',
    check({
      workloads: [
        {
          workload: 'apps/Deployment/p',
          images: [
            {
              container: 'p',
              image: 'p:1',
              answer: { ok: false, failure: { code: 'unauthorized', params: {} } },
            },
          ],
        },
      ],
    }),
    [],
    ['image-unreadable'],
  ],
  [
    'maxUnavailable 0',
    check({ pods: pods('web', 2), budgets: [budget('web', { maxUnavailable: 0 })] }),
    ['pdb-never-satisfiable'],
    [],
  ],
  [
    'maxUnavailable 0%',
    check({ pods: pods('web', 2), budgets: [budget('web', { maxUnavailable: '0%' })] }),
    ['pdb-never-satisfiable'],
    [],
  ],
  [
    'minAvailable equal to the pods it covers',
    check({ pods: pods('web', 2), budgets: [budget('web', { minAvailable: 2 }, 2)] }),
    ['pdb-never-satisfiable'],
    [],
  ],
  [
    'minAvailable 100%',
    check({ pods: pods('web', 3), budgets: [budget('web', { minAvailable: '100%' })] }),
    ['pdb-never-satisfiable'],
    [],
  ],
  [
    'minAvailable below the pods: drains one at a time',
    check({ pods: pods('web', 3), budgets: [budget('web', { minAvailable: 2 }, 3)] }),
    [],
    [],
  ],
  [
    'minAvailable 50%',
    check({ pods: pods('web', 2), budgets: [budget('web', { minAvailable: '50%' })] }),
    [],
    [],
  ],
  [
    'a strict budget on pods elsewhere',
    check({ pods: pods('other', 2), budgets: [budget('web', { maxUnavailable: 0 })] }),
    [],
    [],
  ],
  [
    'a workload pinned to the old build has no node after the move',
    check({ stranded: ['apps/Deployment/pinned'] }),
    ['no-node-after-move'],
    [],
  ],
  [
    '2025 on WMCO 10.21 is outside the matrix',
    check({ targetVersion: '2025', wmcoVersion: '10.21.0', platform: 'AWS' }),
    ['windows-version-unsupported'],
    [],
  ],
  [
    '2025 on WMCO 10.22 vSphere',
    check({ targetVersion: '2025', wmcoVersion: '10.22.0', platform: 'VSphere' }),
    [],
    [],
  ],
];

for (const [name, input, blockers, warnings] of cases) {
  test(`blockers: ${name}`, () => {
    assert.deepEqual(codes(replacementBlockers(input)), { blockers, warnings });
  });
}

test('incompatible images come first and name the workload, container, image and target build', () => {
  const answer = replacementBlockers(
    check({
      pods: pods('web', 1),
      budgets: [budget('web', { maxUnavailable: 0 })],
      workloads: [
        {
          workload: 'apps/Deployment/legacy',
          images: [{ container: 'web', image: 'l:1', answer: index('10.0.17763.6893') }],
        },
      ],
    }),
  );
  assert.deepEqual(answer.blockers, [
    {
      code: 'image-incompatible',
      params: {
        workload: 'apps/Deployment/legacy',
        container: 'web',
        image: 'l:1',
        build: '10.0.20348',
        reason: 'build-mismatch',
      },
    },
    { code: 'pdb-never-satisfiable', params: { budget: 'apps/web' } },
  ]);
});
