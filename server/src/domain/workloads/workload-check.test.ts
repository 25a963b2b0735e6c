import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { V1RuntimeClass } from '@kubernetes/client-node';
import { Check } from 'typebox/value';
import { workloadFindingCatalogue, workloadFixCatalogue } from '../../../contract/workloads';
import type { NodeFacts } from './node-scheduling';
import { windowsRuntimeClass } from './runtime-class';
import { sampleWorkload } from './sample-workload';
import { checkWorkload } from './workload-check';
import type { ClusterFacts, FindingId, WorkloadCheck } from './workload-check-result';
import { readWorkload } from './workload-object';
import { parseWorkloadYaml } from './workload-yaml';

const windowsNode = (name: string, build: string): NodeFacts => ({
  name,
  labels: {
    'kubernetes.io/os': 'windows',
    'kubernetes.io/arch': 'amd64',
    'node-role.kubernetes.io/worker': '',
    'node.kubernetes.io/windows-build': build,
  },
  taints: [{ key: 'os', value: 'Windows', effect: 'NoSchedule' }],
});

const rc2019 = windowsRuntimeClass('windows2019', '10.0.17763');
const rc2022 = windowsRuntimeClass('windows2022', '10.0.20348');
const rc2025 = windowsRuntimeClass('windows2025', '10.0.26100');
const rcWithoutTolerations: V1RuntimeClass = Object.assign(
  windowsRuntimeClass('win-bare', '10.0.20348'),
  { scheduling: { nodeSelector: { 'kubernetes.io/os': 'windows' } } },
);

/** 2019 and 2022 nodes side by side, a RuntimeClass for each (the mixed-builds scenario). */
const mixed: ClusterFacts = {
  windowsNodes: [
    windowsNode('win-2019-a', '10.0.17763'),
    windowsNode('win-2022-a', '10.0.20348'),
    windowsNode('win-2022-b', '10.0.20348'),
  ],
  runtimeClasses: [rc2019, rc2022],
};
const only2022: ClusterFacts = {
  windowsNodes: [windowsNode('win-2022-a', '10.0.20348'), windowsNode('win-2022-b', '10.0.20348')],
  runtimeClasses: [rc2022, rc2025, rcWithoutTolerations],
};
const noWindows: ClusterFacts = { windowsNodes: [], runtimeClasses: [] };
const unreadable: ClusterFacts = {};

type Json = Record<string, unknown>;

/** The guide's sample Deployment for a build, as plain JSON, changed by `edit` (pod spec, object). */
function deployment(
  build: '10.0.17763' | '10.0.20348' | '10.0.26100',
  edit: (pod: Json, object: Json) => void = () => undefined,
  family: 'servercore' | 'powershell' = 'servercore',
): Json {
  const names = {
    '10.0.17763': 'windows2019',
    '10.0.20348': 'windows2022',
    '10.0.26100': 'windows2025',
  };
  const { deployment: object } = sampleWorkload({
    namespace: 'team-a',
    name: 'web',
    imageFamily: family,
    build,
    runtimeClassName: names[build],
    replicas: 1,
    serviceType: 'LoadBalancer',
  });
  const json = JSON.parse(JSON.stringify(object)) as Json;
  const pod = ((json.spec as Json).template as Json).spec as Json;
  edit(pod, json);
  return json;
}

const containers = (pod: Json) => pod.containers as Json[];
const first = (pod: Json) => containers(pod)[0] as Json;
const toleration = { key: 'os', operator: 'Equal', value: 'Windows', effect: 'NoSchedule' };

/** The 2022 sample without its RuntimeClass, tolerating os=Windows itself, running `image`. */
const tolerantWithoutRuntimeClass = (image: string): Json =>
  deployment('10.0.20348', (pod) => {
    delete pod.runtimeClassName;
    pod.tolerations = [toleration];
    first(pod).image = image;
  });

const linuxDeployment = (pod: Json = {}): Json => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'nginx', namespace: 'team-a' },
  spec: {
    selector: { matchLabels: { app: 'nginx' } },
    template: {
      metadata: { labels: { app: 'nginx' } },
      spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }], ...pod },
    },
  },
});

interface Said {
  code?: string;
  params?: Record<string, unknown>;
}
type Says = Said & { fix?: Said };

function assertSays(message: { code: string; params: object }, says: Said): void {
  if (says.code) assert.equal(message.code, says.code);
  for (const [name, expected] of Object.entries(says.params ?? {})) {
    const actual = (message.params as Record<string, unknown>)[name];
    if (Array.isArray(expected)) {
      assert.deepEqual(actual, expected, name);
    } else assert.equal(actual, expected, name);
  }
}

/** No fix of the result proposes a RuntimeClass (or a node selector) for the build. */
function assertNoSuggestionFor(result: WorkloadCheck, build: string): void {
  for (const { fix } of result.findings) {
    const params = fix.params as Record<string, unknown>;
    const suggests = fix.code.includes('runtime-class') && params.build === build;
    assert.ok(!suggests, `${fix.code} suggests ${build}`);
  }
}

interface Case {
  name: string;
  object: Json;
  cluster: ClusterFacts;
  verdict: WorkloadCheck['verdict'];
  findings: FindingId[];
  /** What the first finding must say: its code, fix, and params it names (lists: these among them). */
  says?: Says;
  nodes?: string[];
  check?: (result: WorkloadCheck) => void;
}

const cases: Case[] = [
  {
    name: 'clean: the guide’s 2022 sample with windows2022 on a mixed cluster',
    object: deployment('10.0.20348'),
    cluster: mixed,
    verdict: 'can-run',
    findings: [],
    nodes: ['win-2022-a', 'win-2022-b'],
  },
  {
    name: 'clean: the guide’s 2019 sample with windows2019 lands only on the 2019 node',
    object: deployment('10.0.17763'),
    cluster: mixed,
    verdict: 'can-run',
    findings: [],
    nodes: ['win-2019-a'],
  },
  {
    name: 'clean: the powershell image (pwsh.exe) on 2022-only nodes',
    object: deployment('10.0.20348', () => undefined, 'powershell'),
    cluster: only2022,
    verdict: 'can-run',
    findings: [],
  },
  {
    name: 'clean: a Pod with its own toleration and a build nodeSelector instead of a RuntimeClass',
    object: {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      spec: {
        os: { name: 'windows' },
        nodeSelector: { 'node.kubernetes.io/windows-build': '10.0.20348' },
        tolerations: [toleration],
        containers: [{ name: 'c', image: 'mcr.microsoft.com/windows/nanoserver:ltsc2022' }],
      },
    },
    cluster: mixed,
    verdict: 'can-run',
    findings: [],
    nodes: ['win-2022-a', 'win-2022-b'],
  },
  {
    name: 'no os=Windows toleration and no RuntimeClass',
    object: deployment('10.0.20348', (pod) => delete pod.runtimeClassName),
    cluster: only2022,
    verdict: 'cannot-run',
    findings: ['no-toleration-no-runtime-class', 'runtime-class-recommended'],
    says: {
      fix: {
        code: 'set-runtime-class-or-tolerate',
        params: { runtimeClass: 'windows2022', build: '10.0.20348' },
      },
    },
  },
  {
    name: 'a toleration with the wrong case (os=windows only) does not tolerate os=Windows',
    object: deployment('10.0.20348', (pod) => {
      delete pod.runtimeClassName;
      pod.tolerations = [{ ...toleration, value: 'windows' }];
    }),
    cluster: only2022,
    verdict: 'cannot-run',
    findings: ['no-toleration-no-runtime-class', 'runtime-class-recommended'],
  },
  {
    name: 'a RuntimeClass without the tolerations',
    object: deployment('10.0.20348', (pod) => (pod.runtimeClassName = 'win-bare')),
    cluster: only2022,
    verdict: 'cannot-run',
    findings: ['no-toleration'],
    says: { code: 'no-toleration', params: { runtimeClass: 'win-bare' } },
  },
  {
    name: 'a RuntimeClass that does not exist',
    object: deployment('10.0.20348', (pod) => (pod.runtimeClassName = 'windows-typo')),
    cluster: only2022,
    verdict: 'cannot-run',
    findings: ['runtime-class-missing'],
  },
  {
    name: 'the 2025 RuntimeClass on a cluster without 2025 nodes',
    object: deployment('10.0.26100'),
    cluster: only2022,
    verdict: 'cannot-run',
    findings: ['no-matching-node', 'image-build-mismatch'],
    says: { code: 'no-matching-node', params: { builds: ['10.0.20348'] } },
  },
  {
    name: 'a pod nodeSelector that conflicts with its RuntimeClass',
    object: deployment('10.0.20348', (pod) => {
      pod.nodeSelector = { 'node.kubernetes.io/windows-build': '10.0.17763' };
    }),
    cluster: mixed,
    verdict: 'cannot-run',
    findings: ['no-matching-node'],
    says: {
      code: 'no-matching-node-conflict',
      params: { key: 'node.kubernetes.io/windows-build', podValue: '10.0.17763' },
    },
  },
  {
    name: 'os.name missing',
    object: deployment('10.0.20348', (pod) => delete pod.os),
    cluster: mixed,
    verdict: 'can-run',
    findings: ['os-name-missing'],
    says: { fix: { code: 'set-os-name-like-sample' } },
  },
  {
    name: 'os.name linux on a Windows image',
    object: deployment('10.0.20348', (pod) => (pod.os = { name: 'linux' })),
    cluster: mixed,
    verdict: 'cannot-run',
    findings: ['os-name-not-windows'],
  },
  {
    name: 'image tag ltsc2019 with RuntimeClass windows2022: build mismatch',
    object: deployment('10.0.20348', (pod) => {
      first(pod).image = 'mcr.microsoft.com/windows/servercore:ltsc2019';
    }),
    cluster: mixed,
    verdict: 'cannot-run',
    findings: ['image-build-mismatch'],
    says: {
      code: 'image-build-mismatch',
      params: { build: '10.0.17763', poolBuilds: ['10.0.20348'] },
      fix: {
        code: 'use-tag-or-set-runtime-class',
        params: { tags: ['ltsc2022'], runtimeClass: 'windows2019' },
      },
    },
  },
  {
    name: 'image tag ltsc2019 on 2022-only nodes',
    object: tolerantWithoutRuntimeClass('mcr.microsoft.com/windows/servercore:ltsc2019'),
    cluster: only2022,
    verdict: 'cannot-run',
    findings: ['image-build-mismatch', 'runtime-class-recommended'],
    says: { fix: { code: 'use-tag-for-nodes', params: { build: '10.0.17763' } } },
  },
  {
    name: 'the 1809 tag is Windows Server 2019 too',
    object: deployment('10.0.20348', (pod) => {
      first(pod).image = 'mcr.microsoft.com/windows/nanoserver:1809';
    }),
    cluster: only2022,
    verdict: 'cannot-run',
    findings: ['image-build-mismatch'],
  },
  {
    name: 'several Windows builds and no RuntimeClass',
    object: deployment('10.0.20348', (pod) => {
      delete pod.runtimeClassName;
      pod.tolerations = [toleration];
    }),
    cluster: mixed,
    verdict: 'cannot-run',
    findings: ['several-builds-no-runtime-class'],
    says: { fix: { code: 'set-runtime-class', params: { runtimeClass: 'windows2022' } } },
  },
  {
    name: 'no toleration, no RuntimeClass, an ltsc2019 image on 2022-only nodes: no RuntimeClass for 2019',
    object: deployment('10.0.20348', (pod) => {
      delete pod.runtimeClassName;
      first(pod).image = 'mcr.microsoft.com/windows/servercore:ltsc2019';
    }),
    cluster: only2022,
    verdict: 'cannot-run',
    findings: [
      'no-toleration-no-runtime-class',
      'image-build-mismatch',
      'runtime-class-recommended',
    ],
    says: {
      fix: {
        code: 'no-node-runs-build-or-tolerate',
        params: { build: '10.0.17763', builds: ['10.0.20348'] },
      },
    },
    check: (result) => {
      assertNoSuggestionFor(result, '10.0.17763');
    },
  },
  {
    name: 'several builds, no RuntimeClass, an ltsc2025 image no node runs: the builds there are named',
    object: tolerantWithoutRuntimeClass('mcr.microsoft.com/windows/servercore:ltsc2025'),
    cluster: mixed,
    verdict: 'cannot-run',
    findings: ['image-build-mismatch', 'several-builds-no-runtime-class'],
    check: (result) => {
      const several = result.findings.find(({ id }) => id === 'several-builds-no-runtime-class');
      assert.deepEqual(several?.fix, {
        code: 'no-node-runs-build',
        params: { build: '10.0.26100', builds: ['10.0.17763', '10.0.20348'] },
      });
      assertNoSuggestionFor(result, '10.0.26100');
    },
  },
  {
    name: 'no Windows nodes and no RuntimeClass: no RuntimeClass suggested for the image’s build',
    object: deployment('10.0.20348', (pod) => delete pod.runtimeClassName),
    cluster: noWindows,
    verdict: 'cannot-run',
    findings: ['no-windows-nodes', 'no-toleration-no-runtime-class'],
    check: (result) => {
      assert.deepEqual(result.findings[1]?.fix, {
        code: 'no-node-runs-build-or-tolerate',
        params: { build: '10.0.20348', builds: [] },
      });
    },
  },
  {
    name: 'a Linux-only sidecar (busybox) in a Windows pod',
    object: deployment('10.0.20348', (pod) => {
      containers(pod).push({ name: 'sidecar', image: 'busybox:1.36' });
    }),
    cluster: mixed,
    verdict: 'cannot-run',
    findings: ['linux-image'],
    check: (result) => {
      assert.equal(result.findings[0]?.container, 'sidecar');
    },
  },
  {
    name: 'a UBI image with a Windows RuntimeClass',
    object: deployment('10.0.20348', (pod) => {
      first(pod).image = 'registry.access.redhat.com/ubi9/ubi-minimal:9.5';
    }),
    cluster: mixed,
    verdict: 'cannot-run',
    findings: ['linux-image'],
    says: { params: { word: 'ubi9' } },
  },
  {
    name: 'an alpine tag gives a Linux image away',
    object: deployment('10.0.20348', (pod) => {
      first(pod).image = 'docker.io/library/python:3.12-alpine';
    }),
    cluster: mixed,
    verdict: 'cannot-run',
    findings: ['linux-image'],
  },
  {
    name: 'a privileged container',
    object: deployment('10.0.20348', (pod) => {
      (first(pod).securityContext as Json).privileged = true;
    }),
    cluster: mixed,
    verdict: 'cannot-run',
    findings: ['privileged'],
  },
  {
    name: 'huge pages requested by a container',
    object: deployment('10.0.20348', (pod) => {
      first(pod).resources = { limits: { 'hugepages-2Mi': '100Mi', memory: '100Mi' } };
    }),
    cluster: mixed,
    verdict: 'cannot-run',
    findings: ['huge-pages'],
    says: { params: { hugePages: ['hugepages-2Mi'] } },
  },
  {
    name: 'a huge-pages emptyDir volume',
    object: deployment('10.0.20348', (pod) => {
      pod.volumes = [{ name: 'hp', emptyDir: { medium: 'HugePages' } }];
    }),
    cluster: mixed,
    verdict: 'cannot-run',
    findings: ['huge-pages'],
  },
  {
    name: 'a DeploymentConfig',
    object: deployment('10.0.20348', (_pod, object) => {
      object.apiVersion = 'apps.openshift.io/v1';
      object.kind = 'DeploymentConfig';
    }),
    cluster: mixed,
    verdict: 'cannot-run',
    findings: ['deployment-config'],
    says: { fix: { code: 'use-deployment' } },
  },
  {
    name: 'an image from a private registry, IfNotPresent: pre-pull or use a public registry',
    object: deployment('10.0.20348', (pod) => {
      first(pod).image = 'registry.corp/team/web:ltsc2022';
    }),
    cluster: mixed,
    verdict: 'can-run',
    findings: ['private-registry'],
    says: { fix: { code: 'pre-pull-or-public-registry' } },
  },
  {
    name: 'the internal registry with imagePullPolicy Always cannot work',
    object: deployment('10.0.20348', (pod) => {
      first(pod).image = 'image-registry.openshift-image-registry.svc:5000/team-a/web:ltsc2022';
      first(pod).imagePullPolicy = 'Always';
    }),
    cluster: mixed,
    verdict: 'cannot-run',
    findings: ['private-registry'],
  },
  {
    name: 'imagePullSecrets mean the image needs credentials',
    object: deployment('10.0.20348', (pod) => {
      first(pod).image = 'quay.io/acme/web:ltsc2022';
      pod.imagePullSecrets = [{ name: 'quay' }];
    }),
    cluster: mixed,
    verdict: 'can-run',
    findings: ['private-registry'],
    says: { params: { reason: 'pull-secrets' } },
  },
  {
    name: 'hostNetwork',
    object: deployment('10.0.20348', (pod) => (pod.hostNetwork = true)),
    cluster: mixed,
    verdict: 'cannot-run',
    findings: ['host-network'],
  },
  {
    name: 'several reasons at once are all reported',
    object: deployment('10.0.20348', (pod) => {
      delete pod.runtimeClassName;
      delete pod.os;
      pod.hostNetwork = true;
      (first(pod).securityContext as Json).privileged = true;
      first(pod).image = 'mcr.microsoft.com/windows/servercore:ltsc2019';
    }),
    cluster: only2022,
    verdict: 'cannot-run',
    findings: [
      'no-toleration-no-runtime-class',
      'os-name-missing',
      'image-build-mismatch',
      'runtime-class-recommended',
      'privileged',
      'host-network',
    ],
  },
  {
    name: 'no Windows nodes at all',
    object: deployment('10.0.20348'),
    cluster: noWindows,
    verdict: 'cannot-run',
    findings: ['no-windows-nodes', 'runtime-class-missing'],
  },
  {
    name: 'nodes and RuntimeClasses unreadable: the static checks still run, and say what was skipped',
    object: deployment('10.0.20348'),
    cluster: unreadable,
    verdict: 'can-run',
    findings: [],
    check: (result) => {
      assert.equal(result.notChecked.length, 2);
    },
  },
  {
    name: 'reverse: a Linux Deployment without a Linux nodeSelector',
    object: linuxDeployment(),
    cluster: mixed,
    verdict: 'linux',
    findings: ['linux-not-pinned'],
    says: {
      code: 'linux-not-pinned',
      params: { nodes: ['win-2019-a', 'win-2022-a', 'win-2022-b'] },
    },
  },
  {
    name: 'reverse: a Linux Deployment with nodeSelector kubernetes.io/os=linux passes',
    object: linuxDeployment({ nodeSelector: { 'kubernetes.io/os': 'linux' } }),
    cluster: mixed,
    verdict: 'linux',
    findings: [],
  },
  {
    name: 'reverse: required node affinity for Linux passes too',
    object: linuxDeployment({
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [
              {
                matchExpressions: [{ key: 'kubernetes.io/os', operator: 'In', values: ['linux'] }],
              },
            ],
          },
        },
      },
    }),
    cluster: mixed,
    verdict: 'linux',
    findings: [],
  },
  {
    name: 'reverse: a Linux DaemonSet tolerating every taint can land on Windows nodes now',
    object: {
      ...linuxDeployment({ tolerations: [{ operator: 'Exists' }] }),
      kind: 'DaemonSet',
    },
    cluster: mixed,
    verdict: 'linux',
    findings: ['linux-tolerates-windows-taint'],
  },
];

for (const c of cases) {
  test(`workload check: ${c.name}`, () => {
    const read = readWorkload(c.object);
    assert.ok('workload' in read, JSON.stringify(read));
    const result = checkWorkload(read.workload, c.cluster);
    assert.deepEqual(
      result.findings.map((finding) => finding.id),
      c.findings,
      JSON.stringify(result.findings, null, 1),
    );
    assert.equal(result.verdict, c.verdict);
    for (const finding of result.findings) {
      assert.ok(
        Check(workloadFindingCatalogue[finding.code], finding.params) &&
          Check(workloadFixCatalogue[finding.fix.code], finding.fix.params),
        `${finding.id} says what and how, with the params its codes name`,
      );
    }
    if (c.says) {
      const [finding] = result.findings;
      assert.ok(finding);
      assertSays(finding, c.says);
      if (c.says.fix) assertSays(finding.fix, c.says.fix);
    }
    if (c.nodes) assert.deepEqual(result.nodes, c.nodes);
    c.check?.(result);
  });
}

test('pasted YAML goes through the same checker: the e2e build mismatch case', () => {
  const parsed = parseWorkloadYaml(`
apiVersion: apps/v1
kind: Deployment
metadata: {name: old-web, namespace: team-a}
spec:
  selector: {matchLabels: {app: old-web}}
  template:
    metadata: {labels: {app: old-web}}
    spec:
      os: {name: windows}
      runtimeClassName: windows2022
      containers:
      - name: web
        image: mcr.microsoft.com/windows/servercore:ltsc2019
`);
  assert.ok('object' in parsed);
  const read = readWorkload(parsed.object);
  assert.ok('workload' in read);
  const result = checkWorkload(read.workload, mixed);
  assert.deepEqual(result.workload, { kind: 'Deployment', name: 'old-web', namespace: 'team-a' });
  assert.deepEqual(
    result.findings.map((f) => f.id),
    ['image-build-mismatch'],
  );
});

test('StatefulSet, DaemonSet, ReplicaSet, Job and CronJob pod templates are read', () => {
  const template = (deployment('10.0.20348').spec as Json).template;
  const objects: Json[] = [
    { kind: 'StatefulSet', spec: { template } },
    { kind: 'DaemonSet', spec: { template } },
    { kind: 'ReplicaSet', spec: { template } },
    { kind: 'Job', spec: { template } },
    { kind: 'CronJob', spec: { jobTemplate: { spec: { template } } } },
  ];
  for (const object of objects) {
    const read = readWorkload(object);
    assert.ok('workload' in read, String(object.kind));
    assert.equal(checkWorkload(read.workload, mixed).verdict, 'can-run', String(object.kind));
  }
});

const unreadableObjects: [string, unknown, string, string?][] = [
  ['a string', 'hello', 'not-an-object'],
  ['no kind', { metadata: {} }, 'no-kind'],
  ['a Service', { kind: 'Service', spec: {} }, 'kind-not-checkable'],
  ['no pod template', { kind: 'Deployment', spec: {} }, 'no-pod-template'],
  [
    'a BuildConfig',
    { kind: 'BuildConfig', apiVersion: 'build.openshift.io/v1' },
    'unsupported-kind',
    'image-builds',
  ],
  [
    'a PipelineRun',
    { kind: 'PipelineRun', apiVersion: 'tekton.dev/v1' },
    'unsupported-kind',
    'pipelines',
  ],
  [
    'a Knative Service',
    { kind: 'Service', apiVersion: 'serving.knative.dev/v1' },
    'unsupported-kind',
    'serverless',
  ],
  [
    'a VPA',
    { kind: 'VerticalPodAutoscaler', apiVersion: 'autoscaling.k8s.io/v1' },
    'unsupported-kind',
    'vpa',
  ],
  [
    'a ServiceMonitor',
    { kind: 'ServiceMonitor', apiVersion: 'monitoring.coreos.com/v1' },
    'unsupported-kind',
    'user-monitoring',
  ],
  [
    'an HPA',
    { kind: 'HorizontalPodAutoscaler', apiVersion: 'autoscaling/v2' },
    'unsupported-kind',
    'hpa',
  ],
  ['a Tekton-less Task', { kind: 'Task', apiVersion: 'example.com/v1' }, 'kind-not-checkable'],
];
for (const [name, object, problem, feature] of unreadableObjects) {
  test(`readWorkload refuses ${name}`, () => {
    const read = readWorkload(object);
    assert.ok('problem' in read);
    assert.equal(read.problem.code, problem);
    if (feature)
      assert.deepEqual(read.problem.params, { kind: (object as { kind: string }).kind, feature });
  });
}

const yamlCases: [string, string, string][] = [
  ['two documents', 'kind: Pod\n---\nkind: Pod\n', 'yaml-several-documents'],
  ['a List', 'kind: List\nitems: []\n', 'yaml-list'],
  ['nothing', '# only a comment\n', 'yaml-empty'],
  ['broken YAML', 'kind: Pod\n  spec: [\n', 'yaml-unparseable'],
  ['duplicate keys', 'kind: Pod\nkind: Deployment\n', 'yaml-unparseable'],
  ['too long', `kind: Pod\n#${'x'.repeat(300 * 1024)}\n`, 'yaml-too-long'],
  [
    'an alias bomb',
    `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n`,
    'yaml-unparseable',
  ],
];
for (const [name, source, problem] of yamlCases) {
  test(`pasted YAML: ${name} is refused`, () => {
    const parsed = parseWorkloadYaml(source);
    assert.ok('problem' in parsed, JSON.stringify(parsed).slice(0, 200));
    assert.equal(parsed.problem.code, problem);
  });
}

test('pasted YAML with a custom tag stays data', () => {
  const parsed = parseWorkloadYaml('kind: Pod\nmetadata: !!js/function "function () {}"\n');
  assert.ok('object' in parsed || 'problem' in parsed);
  if ('object' in parsed) assert.equal(typeof (parsed.object as Json).metadata, 'string');
});

test('the Service Mesh sidecar and Hyper-V isolation are refused; without them the same pod runs', () => {
  const meshed = deployment('10.0.20348');
  const template = (meshed.spec as Json).template as Json;
  template.metadata = { annotations: { 'sidecar.istio.io/inject': 'true' } };
  const read = readWorkload(meshed);
  assert.ok('workload' in read);
  const check = checkWorkload(read.workload, mixed);
  assert.equal(check.verdict, 'cannot-run');
  assert.deepEqual(
    check.findings.map((f) => f.id),
    ['service-mesh'],
  );
  template.metadata = { annotations: { 'sidecar.istio.io/inject': 'false' } };
  const plain = readWorkload(meshed);
  assert.ok('workload' in plain);
  assert.equal(checkWorkload(plain.workload, mixed).verdict, 'can-run');

  const hyperv: V1RuntimeClass = windowsRuntimeClass('windows2022', '10.0.20348');
  hyperv.handler = 'runhcs-wcow-hypervisor';
  const pod = readWorkload({
    kind: 'Pod',
    spec: {
      runtimeClassName: 'windows2022',
      containers: [{ name: 'app', image: 'mcr.microsoft.com/windows/servercore:ltsc2022' }],
    },
  });
  assert.ok('workload' in pod);
  const isolated = checkWorkload(pod.workload, { ...mixed, runtimeClasses: [hyperv] });
  assert.ok(isolated.findings.some((f) => f.id === 'hyperv-isolation'));
  assert.ok(
    !checkWorkload(pod.workload, {
      ...mixed,
      runtimeClasses: [windowsRuntimeClass('windows2022', '10.0.20348')],
    }).findings.some((f) => f.id === 'hyperv-isolation'),
  );
});
