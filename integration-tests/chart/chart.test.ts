// Checks the objects `helm template` renders from charts/windows-nodes-plugin (scripts/helm-check.sh renders
// them with the default values into RENDERED_CHART and with the ServiceMonitor enabled into
// RENDERED_CHART_WITH_MONITORING), and runs the console-enablement Job's script against a stub kubectl.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { cachedKinds } from '../../server/src/cluster/kinds';

type Labels = Record<string, string>;

interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Labels; annotations?: Labels };
}

interface ServiceRef {
  name: string;
  namespace: string;
  port: number;
  basePath?: string;
}

interface ConsolePlugin extends K8sObject {
  spec: {
    displayName: string;
    backend: { type: string; service: ServiceRef };
    i18n: { loadType: string };
    proxy: {
      alias: string;
      authorization: string;
      endpoint: { type: string; service: ServiceRef };
    }[];
  };
}

interface Probe {
  httpGet: { path: string; port: string | number; scheme: string };
}

interface Container {
  name: string;
  image: string;
  args?: string[];
  env?: { name: string; value: string }[];
  ports?: { name: string; containerPort: number }[];
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  resources?: { requests?: Labels; limits?: Labels };
  securityContext?: {
    allowPrivilegeEscalation?: boolean;
    readOnlyRootFilesystem?: boolean;
    runAsNonRoot?: boolean;
    capabilities?: { drop?: string[]; add?: string[] };
    seccompProfile?: { type: string };
  };
  volumeMounts?: { name: string; mountPath: string }[];
}

interface PodSpec {
  serviceAccountName: string;
  securityContext?: { runAsNonRoot?: boolean; seccompProfile?: { type: string } };
  affinity?: {
    podAntiAffinity?: {
      preferredDuringSchedulingIgnoredDuringExecution?: {
        podAffinityTerm: { topologyKey: string; labelSelector: { matchLabels: Labels } };
      }[];
    };
  };
  containers: Container[];
  volumes?: { name: string; secret?: { secretName: string }; emptyDir?: object }[];
}

interface PodTemplate {
  metadata: { labels: Labels };
  spec: PodSpec;
}

interface Deployment extends K8sObject {
  spec: { replicas: number; selector: { matchLabels: Labels }; template: PodTemplate };
}

interface Job extends K8sObject {
  spec: { template: PodTemplate };
}

interface Service extends K8sObject {
  spec: { selector: Labels; ports: { name: string; port: number; targetPort: string | number }[] };
}

interface NetworkPolicy extends K8sObject {
  spec: { podSelector: { matchLabels: Labels }; policyTypes: string[]; ingress: unknown[] };
}

interface ServiceMonitor extends K8sObject {
  spec: { selector: { matchLabels: Labels }; endpoints: Record<string, unknown>[] };
}

interface PodDisruptionBudget extends K8sObject {
  spec: { minAvailable?: number; maxUnavailable?: number; selector: { matchLabels: Labels } };
}

// A ClusterRole or a Role.
interface Role extends K8sObject {
  rules: { apiGroups: string[]; resources: string[]; resourceNames?: string[]; verbs: string[] }[];
}

// A ClusterRoleBinding or a RoleBinding.
interface RoleBinding extends K8sObject {
  roleRef: { kind: string; name: string };
  subjects: { kind: string; name: string; namespace: string }[];
}

// The namespace scripts/helm-check.sh renders the chart into.
const releaseNamespace = 'windows-nodes';

function rendered(variable: string): K8sObject[] {
  const path = process.env[variable];
  if (!path) {
    throw new Error(
      `${variable} must name the output of \`helm template\` (scripts/helm-check.sh sets it)`,
    );
  }
  return parseAllDocuments(readFileSync(path, 'utf8')).flatMap((doc) => {
    assert.deepEqual(doc.errors, [], `YAML errors in ${path}`);
    const value: unknown = doc.toJS();
    return value === null ? [] : [value as K8sObject];
  });
}

const objects = rendered('RENDERED_CHART');
const withMonitoring = rendered('RENDERED_CHART_WITH_MONITORING');

function only<T extends K8sObject>(
  kind: string,
  predicate: (o: K8sObject) => boolean = () => true,
  among: K8sObject[] = objects,
): T {
  const found = among.filter((o) => o.kind === kind && predicate(o));
  assert.equal(found.length, 1, `expected exactly one ${kind}, found ${found.length}`);
  return found[0] as T;
}

const isHook = (o: K8sObject): boolean => o.metadata.annotations?.['helm.sh/hook'] !== undefined;

function selects(selector: Labels, labels: Labels): boolean {
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}

function container(pod: PodSpec): Container {
  assert.equal(pod.containers.length, 1, 'expected one container');
  return pod.containers[0] as Container;
}

function env(c: Container, name: string): string | undefined {
  return c.env?.find((e) => e.name === name)?.value;
}

function assertRestricted(pod: PodSpec): void {
  assert.equal(pod.securityContext?.runAsNonRoot, true, 'pod runAsNonRoot');
  assert.equal(pod.securityContext?.seccompProfile?.type, 'RuntimeDefault', 'pod seccompProfile');
  for (const c of pod.containers) {
    const sc = c.securityContext;
    assert.equal(sc?.allowPrivilegeEscalation, false, `${c.name}: allowPrivilegeEscalation`);
    assert.equal(sc?.readOnlyRootFilesystem, true, `${c.name}: readOnlyRootFilesystem`);
    assert.equal(sc?.runAsNonRoot, true, `${c.name}: runAsNonRoot`);
    assert.deepEqual(sc?.capabilities, { drop: ['ALL'] }, `${c.name}: capabilities`);
    assert.equal(sc?.seccompProfile?.type, 'RuntimeDefault', `${c.name}: seccompProfile`);
    assert.ok(
      c.volumeMounts?.some((m) => m.mountPath === '/tmp'),
      `${c.name}: /tmp must be writable on a read-only root filesystem`,
    );
    assert.ok(
      c.resources?.requests && c.resources.limits,
      `${c.name}: resource requests and limits`,
    );
  }
}

const packageJson = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as {
  consolePlugin: { name: string };
};

const plugin = only<ConsolePlugin>('ConsolePlugin');
const deployment = only<Deployment>('Deployment');
const service = only<Service>('Service');
const bffPod = deployment.spec.template;
const bff = container(bffPod.spec);
const job = only<Job>('Job');

describe('ConsolePlugin', () => {
  it('is named as the plugin manifest is built', () => {
    assert.equal(plugin.apiVersion, 'console.openshift.io/v1');
    assert.equal(plugin.metadata.name, packageJson.consolePlugin.name);
    assert.equal(plugin.spec.displayName, 'Windows Nodes');
  });

  it('loads the plugin from the BFF Service', () => {
    assert.deepEqual(plugin.spec.backend, {
      type: 'Service',
      service: {
        name: service.metadata.name,
        namespace: service.metadata.namespace,
        port: 9443,
        basePath: '/',
      },
    });
  });

  it('preloads translations', () => {
    assert.deepEqual(plugin.spec.i18n, { loadType: 'Preload' });
  });

  it('proxies alias bff to the Service with the user token', () => {
    assert.deepEqual(plugin.spec.proxy, [
      {
        alias: 'bff',
        authorization: 'UserToken',
        endpoint: {
          type: 'Service',
          service: {
            name: service.metadata.name,
            namespace: service.metadata.namespace,
            port: 9443,
          },
        },
      },
    ]);
  });
});

describe('Service', () => {
  it('lives in the release namespace and serves 9443 from the BFF pods', () => {
    assert.equal(service.metadata.namespace, releaseNamespace);
    assert.deepEqual(service.spec.ports, [
      { name: 'https', port: 9443, targetPort: 'https', protocol: 'TCP' },
    ]);
    assert.ok(
      selects(service.spec.selector, bffPod.metadata.labels),
      'Service selector must match the BFF pods',
    );
  });

  it('asks service-ca for the serving certificate the Deployment mounts at the TLS paths', () => {
    const secretName =
      service.metadata.annotations?.['service.beta.openshift.io/serving-cert-secret-name'];
    assert.ok(secretName, 'serving-cert-secret-name annotation');
    const volume = bffPod.spec.volumes?.find((v) => v.secret?.secretName === secretName);
    assert.ok(volume, `no volume mounts Secret ${secretName}`);
    const mount = bff.volumeMounts?.find((m) => m.name === volume.name);
    assert.ok(mount, `Secret ${secretName} is not mounted`);
    assert.equal(env(bff, 'TLS_CERT_FILE'), `${mount.mountPath}/tls.crt`);
    assert.equal(env(bff, 'TLS_KEY_FILE'), `${mount.mountPath}/tls.key`);
  });
});

describe('Deployment', () => {
  it('runs 2 replicas spread over nodes', () => {
    assert.equal(deployment.spec.replicas, 2);
    const terms =
      bffPod.spec.affinity?.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
    assert.ok(
      terms.some(
        (t) =>
          t.podAffinityTerm.topologyKey === 'kubernetes.io/hostname' &&
          selects(t.podAffinityTerm.labelSelector.matchLabels, bffPod.metadata.labels),
      ),
      'preferred pod anti-affinity by hostname',
    );
  });

  it('runs restricted', () => {
    assertRestricted(bffPod.spec);
  });

  it('caps the V8 heap well inside the memory limit, with a small young generation', () => {
    const options = /^--max-old-space-size=(\d+) --max-semi-space-size=(\d+)$/.exec(
      env(bff, 'NODE_OPTIONS') ?? '',
    );
    const heapMb = Number(options?.[1]);
    assert.equal(options?.[2], '2', 'the semi-space the bench measured');
    const limitMi = Number(/^(\d+)Mi$/.exec(bff.resources?.limits?.memory ?? '')?.[1]);
    assert.ok(heapMb > 0 && limitMi > 0, 'NODE_OPTIONS heap limit and a memory limit in Mi');
    assert.ok(
      heapMb <= limitMi / 2,
      `heap ${String(heapMb)} MB within half of ${String(limitMi)}Mi`,
    );
  });

  it('listens on 9443 and probes /healthz and /readyz over HTTPS', () => {
    assert.equal(env(bff, 'PORT'), '9443');
    assert.deepEqual(bff.ports, [{ name: 'https', containerPort: 9443, protocol: 'TCP' }]);
    assert.deepEqual(bff.livenessProbe?.httpGet, {
      path: '/healthz',
      port: 'https',
      scheme: 'HTTPS',
    });
    assert.deepEqual(bff.readinessProbe?.httpGet, {
      path: '/readyz',
      port: 'https',
      scheme: 'HTTPS',
    });
  });

  it('uses the chart appVersion as the default image tag', () => {
    assert.match(bff.image, /:0\.1\.0$/);
  });
});

describe('RBAC of the BFF', () => {
  const isBff = (o: K8sObject): boolean =>
    o.metadata.name === bffPod.spec.serviceAccountName && !isHook(o);

  it('has its own ServiceAccount', () => {
    only('ServiceAccount', isBff);
  });

  it('may create access and token reviews and only read (list/watch) its watch cache’s kinds', () => {
    const role = only<Role>('ClusterRole', isBff);
    const isReadOnly = (rule: Role['rules'][number]) =>
      rule.verbs.join() === 'list,watch' && rule.resourceNames === undefined;
    assert.deepEqual(
      role.rules.filter((rule) => !isReadOnly(rule)),
      [
        {
          apiGroups: ['authorization.k8s.io'],
          resources: ['selfsubjectaccessreviews', 'subjectaccessreviews'],
          verbs: ['create'],
        },
        { apiGroups: ['authentication.k8s.io'], resources: ['tokenreviews'], verbs: ['create'] },
      ],
    );
    const readable = role.rules
      .filter(isReadOnly)
      .flatMap((rule) =>
        rule.apiGroups.flatMap((group) => rule.resources.map((resource) => `${resource}.${group}`)),
      );
    assert.deepEqual(
      readable.sort(),
      cachedKinds.map((kind) => `${kind.plural}.${kind.group}`).sort(),
      'list/watch exactly the kinds the BFF’s watch cache holds',
    );
    const binding = only<RoleBinding>('ClusterRoleBinding', isBff);
    assert.deepEqual(binding.roleRef, {
      apiGroup: 'rbac.authorization.k8s.io',
      kind: 'ClusterRole',
      name: role.metadata.name,
    });
    assert.deepEqual(binding.subjects, [
      { kind: 'ServiceAccount', name: bffPod.spec.serviceAccountName, namespace: releaseNamespace },
    ]);
  });
});

// The ingress rule admitting the named namespaces to the BFF's https port.
const ingressFrom = (...namespaces: string[]): unknown[] => [
  {
    from: namespaces.map((name) => ({
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': name } },
    })),
    ports: [{ port: 'https', protocol: 'TCP' }],
  },
];

describe('NetworkPolicy', () => {
  it('admits only openshift-console to the BFF pods', () => {
    const policy = only<NetworkPolicy>('NetworkPolicy');
    assert.ok(
      selects(policy.spec.podSelector.matchLabels, bffPod.metadata.labels),
      'policy must select the BFF',
    );
    assert.deepEqual(policy.spec.policyTypes, ['Ingress']);
    assert.deepEqual(policy.spec.ingress, ingressFrom('openshift-console'));
  });
});

describe('ServiceMonitor (metrics.serviceMonitor.enabled)', () => {
  const monitoringKinds = ['ServiceMonitor', 'Role', 'RoleBinding'];
  const key = (o: K8sObject): string => `${o.kind}/${o.metadata.name}`;
  const inMonitored = <T extends K8sObject>(kind: string): T =>
    only<T>(kind, () => true, withMonitoring);

  it('is off by default', () => {
    assert.deepEqual(
      objects.filter((o) => monitoringKinds.includes(o.kind)).map(key),
      [],
      'no monitoring objects without metrics.serviceMonitor.enabled',
    );
  });

  it('adds only the monitoring objects and changes only the NetworkPolicy', () => {
    const byKey = new Map(withMonitoring.map((o) => [key(o), o]));
    for (const o of objects) {
      if (o.kind !== 'NetworkPolicy') assert.deepEqual(byKey.get(key(o)), o, key(o));
    }
    assert.deepEqual(
      withMonitoring
        .filter((o) => !objects.some((d) => key(d) === key(o)))
        .map((o) => o.kind)
        .sort(),
      [...monitoringKinds].sort(),
    );
  });

  it('selects the BFF Service, not the hook Job', () => {
    const monitor = inMonitored<ServiceMonitor>('ServiceMonitor');
    assert.equal(monitor.apiVersion, 'monitoring.coreos.com/v1');
    assert.equal(monitor.metadata.namespace, releaseNamespace);
    const { matchLabels } = monitor.spec.selector;
    assert.ok(selects(matchLabels, service.metadata.labels ?? {}), 'must select the Service');
    assert.ok(!selects(matchLabels, job.metadata.labels ?? {}), 'must not select the hook Job');
  });

  it('scrapes /metrics on the https port as prometheus-k8s, verifying the service-ca certificate', () => {
    assert.deepEqual(inMonitored<ServiceMonitor>('ServiceMonitor').spec.endpoints, [
      {
        port: 'https',
        scheme: 'https',
        path: '/metrics',
        interval: '30s',
        bearerTokenFile: '/var/run/secrets/kubernetes.io/serviceaccount/token',
        tlsConfig: {
          caFile: '/etc/prometheus/configmaps/serving-certs-ca-bundle/service-ca.crt',
          serverName: `${service.metadata.name}.${releaseNamespace}.svc`,
        },
      },
    ]);
  });

  it('lets prometheus-k8s only read the services, endpoints and pods of the release namespace', () => {
    const role = inMonitored<Role>('Role');
    const binding = inMonitored<RoleBinding>('RoleBinding');
    const read = ['get', 'list', 'watch'];
    assert.deepEqual(role.rules, [
      { apiGroups: [''], resources: ['services', 'endpoints', 'pods'], verbs: read },
      { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: read },
    ]);
    assert.deepEqual(binding.roleRef, {
      apiGroup: 'rbac.authorization.k8s.io',
      kind: 'Role',
      name: role.metadata.name,
    });
    assert.deepEqual(binding.subjects, [
      { kind: 'ServiceAccount', name: 'prometheus-k8s', namespace: 'openshift-monitoring' },
    ]);
    for (const o of [role, binding]) assert.equal(o.metadata.namespace, releaseNamespace);
  });

  it('admits openshift-monitoring to the BFF’s https port', () => {
    assert.deepEqual(
      inMonitored<NetworkPolicy>('NetworkPolicy').spec.ingress,
      ingressFrom('openshift-console', 'openshift-monitoring'),
    );
  });
});

describe('PodDisruptionBudget', () => {
  it('keeps one BFF pod available', () => {
    const pdb = only<PodDisruptionBudget>('PodDisruptionBudget');
    assert.equal(pdb.spec.minAvailable, 1);
    assert.ok(
      selects(pdb.spec.selector.matchLabels, bffPod.metadata.labels),
      'PDB must select the BFF',
    );
  });
});

describe('console-enablement hook Job', () => {
  const jobPod = job.spec.template;
  const hookAnnotations = (o: K8sObject): Labels => o.metadata.annotations ?? {};

  it('runs after install and upgrade and is deleted once it succeeds', () => {
    const annotations = hookAnnotations(job);
    assert.deepEqual(annotations['helm.sh/hook']?.split(',').sort(), [
      'post-install',
      'post-upgrade',
    ]);
    assert.deepEqual(annotations['helm.sh/hook-delete-policy']?.split(',').sort(), [
      'before-hook-creation',
      'hook-succeeded',
    ]);
  });

  it('runs restricted', () => {
    assertRestricted(jobPod.spec);
  });

  it('is not selected as a BFF pod', () => {
    assert.ok(!selects(deployment.spec.selector.matchLabels, jobPod.metadata.labels));
    assert.ok(!selects(service.spec.selector, jobPod.metadata.labels));
  });

  it('may only get and patch the cluster Console, through its own hook ServiceAccount created first', () => {
    const isJobs = (o: K8sObject): boolean => o.metadata.name === jobPod.spec.serviceAccountName;
    assert.notEqual(jobPod.spec.serviceAccountName, bffPod.spec.serviceAccountName);
    const account = only('ServiceAccount', isJobs);
    const role = only<Role>('ClusterRole', isJobs);
    const binding = only<RoleBinding>('ClusterRoleBinding', isJobs);
    assert.deepEqual(role.rules, [
      {
        apiGroups: ['operator.openshift.io'],
        resources: ['consoles'],
        resourceNames: ['cluster'],
        verbs: ['get', 'patch'],
      },
    ]);
    assert.equal(binding.roleRef.name, role.metadata.name);
    assert.deepEqual(binding.subjects, [
      { kind: 'ServiceAccount', name: account.metadata.name, namespace: releaseNamespace },
    ]);
    const jobWeight = Number(hookAnnotations(job)['helm.sh/hook-weight'] ?? 0);
    for (const o of [account, role, binding]) {
      assert.equal(
        hookAnnotations(o)['helm.sh/hook'],
        hookAnnotations(job)['helm.sh/hook'],
        `${o.kind} hook`,
      );
      assert.ok(
        Number(hookAnnotations(o)['helm.sh/hook-weight']) < jobWeight,
        `${o.kind} must precede the Job`,
      );
    }
  });
});

// The Job's script, as rendered, against a stub kubectl that serves a Console and records every patch.
describe('console-enablement script', () => {
  const jobContainer = container(job.spec.template.spec);
  const script = jobContainer.args?.[0];
  const pluginName = env(jobContainer, 'PLUGIN_NAME');
  const work = mkdtempSync(join(tmpdir(), 'enable-plugin-'));
  after(() => {
    rmSync(work, { recursive: true, force: true });
  });

  // The state file holds what the real go-template prints: the resourceVersion, then one plugin a line.
  writeFileSync(
    join(work, 'kubectl'),
    `#!/bin/sh
case "$1" in
  get) cat "$STUB_DIR/state" ;;
  patch)
    for arg; do last="$arg"; done
    printf '%s\\n' "$last" >> "$STUB_DIR/patches"
    count=$(wc -l < "$STUB_DIR/patches")
    [ "$count" -gt "$STUB_FAILED_PATCHES" ] ;;
  *) exit 2 ;;
esac
`,
    { mode: 0o755 },
  );

  function run(state: string, failedPatches = 0): unknown[] {
    assert.ok(script, 'Job has no script');
    assert.ok(pluginName, 'Job has no PLUGIN_NAME');
    writeFileSync(join(work, 'state'), state);
    writeFileSync(join(work, 'patches'), '');
    execFileSync('/bin/sh', ['-c', script], {
      env: {
        PATH: `${work}:${dirname(process.execPath)}:/usr/bin:/bin`,
        PLUGIN_NAME: pluginName,
        STUB_DIR: work,
        STUB_FAILED_PATCHES: String(failedPatches),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return readFileSync(join(work, 'patches'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as unknown);
  }

  const testVersion = (rv: string) => ({
    op: 'test',
    path: '/metadata/resourceVersion',
    value: rv,
  });

  it('appends the plugin to an existing list, guarded by the resourceVersion', () => {
    assert.deepEqual(run('41\nother-plugin\n'), [
      [testVersion('41'), { op: 'add', path: '/spec/plugins/-', value: pluginName }],
    ]);
  });

  it('creates the list when there is none', () => {
    assert.deepEqual(run('7\n'), [
      [testVersion('7'), { op: 'add', path: '/spec/plugins', value: [pluginName] }],
    ]);
  });

  it('leaves the Console alone when the plugin is already enabled', () => {
    assert.deepEqual(run(`9\nother-plugin\n${pluginName}\n`), []);
  });

  it('reads again and retries when the patch fails', () => {
    assert.equal(run('5\nother-plugin\n', 1).length, 2);
  });
});

describe('OpenShift version', () => {
  it('installs on OpenShift 4.19 (Kubernetes 1.32) as on 4.22', () => {
    assert.deepEqual(
      rendered('RENDERED_CHART_OLDEST').map((o) => `${o.kind}/${o.metadata.name}`),
      objects.map((o) => `${o.kind}/${o.metadata.name}`),
    );
  });

  it('refuses OpenShift 4.18 and older, saying what it needs', () => {
    const file = process.env.CHART_REFUSAL_TOO_OLD;
    assert.ok(file, 'CHART_REFUSAL_TOO_OLD must name helm’s error output (scripts/helm-check.sh)');
    assert.match(
      readFileSync(file, 'utf8'),
      /Windows Nodes needs OpenShift 4\.19 or later: this cluster runs Kubernetes v1\.31\.9, which is OpenShift 4\.18 or older/,
    );
  });
});
