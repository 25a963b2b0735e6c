import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { windowsServerReleases } from '../support/support-matrix';
import {
  defaultRuntimeClassName,
  isEquivalentRuntimeClass,
  runtimeClassNameProblem,
  targetBuild,
  windowsRuntimeClass,
} from './runtime-class';

// The guide's 6.2 RuntimeClass as printed there (callout markers removed), with the build as a
// placeholder: 10.0.17763 for Windows Server 2019, 10.0.20348 for 2022.
const guideRuntimeClass = (name: string, build: string) => `
apiVersion: node.k8s.io/v1
kind: RuntimeClass
metadata:
  name: ${name}
handler: 'runhcs-wcow-process'
scheduling:
  nodeSelector:
    kubernetes.io/os: 'windows'
    kubernetes.io/arch: 'amd64'
    node.kubernetes.io/windows-build: '${build}'
  tolerations:
  - effect: NoSchedule
    key: os
    operator: Equal
    value: "windows"
  - effect: NoSchedule
    key: os
    operator: Equal
    value: "Windows"
`;

const cases: [version: string, name: string, build: string][] = [
  ['2019', 'windows2019', '10.0.17763'],
  ['2022', 'windows2022', '10.0.20348'],
  ['2025', 'windows2025', '10.0.26100'],
];

for (const [version, name, build] of cases) {
  test(`Windows Server ${version}: the RuntimeClass is the guide’s 6.2 object for ${build}`, () => {
    const release = windowsServerReleases.find((r) => r.version === version);
    assert.equal(release?.build, build, 'the support matrix names the build');
    assert.equal(defaultRuntimeClassName(build), name);
    assert.deepEqual(windowsRuntimeClass(name, build), parse(guideRuntimeClass(name, build)));
    assert.equal(targetBuild(windowsRuntimeClass(name, build)), build);
  });
}

test('a build the matrix does not know gets no default name', () => {
  assert.equal(defaultRuntimeClassName('10.0.19041'), undefined);
});

const nameCases: [name: string, problem: string | undefined][] = [
  ['windows2022', undefined],
  ['win.2022-ltsc', undefined],
  ['', 'runtime-class-name-empty'],
  ['Windows2022', 'runtime-class-name-invalid'],
  ['windows_2022', 'runtime-class-name-invalid'],
  ['-windows', 'runtime-class-name-invalid'],
  ['windows.', 'runtime-class-name-invalid'],
  ['a'.repeat(254), 'runtime-class-name-too-long'],
];
for (const [name, problem] of nameCases) {
  test(`RuntimeClass name “${name.slice(0, 20)}” is ${problem ? 'refused' : 'accepted'}`, () => {
    assert.equal(runtimeClassNameProblem(name)?.code, problem);
  });
}

test('an existing RuntimeClass with the same scheduling under another name is equivalent', () => {
  const existing = windowsRuntimeClass('win-ltsc2022', '10.0.20348');
  existing.scheduling?.tolerations?.reverse();
  assert.equal(isEquivalentRuntimeClass(existing, '10.0.20348'), true);
  assert.equal(isEquivalentRuntimeClass(existing, '10.0.17763'), false);
});

test('a RuntimeClass that differs in handler, selector or tolerations is not equivalent', () => {
  const build = '10.0.20348';
  const variants = [
    Object.assign(windowsRuntimeClass('a', build), { handler: 'runhcs-wcow-hypervisor' }),
    (() => {
      const rc = windowsRuntimeClass('b', build);
      rc.scheduling?.tolerations?.pop();
      return rc;
    })(),
    (() => {
      const rc = windowsRuntimeClass('c', build);
      if (rc.scheduling?.nodeSelector)
        rc.scheduling.nodeSelector['topology.kubernetes.io/zone'] = 'a';
      return rc;
    })(),
    Object.assign(windowsRuntimeClass('d', build), { scheduling: undefined }),
  ];
  for (const variant of variants) {
    assert.equal(isEquivalentRuntimeClass(variant, build), false, variant.metadata?.name);
  }
});
