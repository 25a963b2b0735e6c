import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeNodeServices, lastErrorLine } from './node-services';
import { parseWindowsServices, servicesConfigVersion } from './windows-services-config';

// WMCO's ConfigMap as pkg/servicescm writes it (commands shortened).
const data = {
  services: JSON.stringify([
    {
      name: 'windows_exporter',
      path: 'C:\\k\\windows_exporter.exe',
      bootstrap: false,
      priority: 2,
    },
    { name: 'containerd', path: 'C:\\k\\containerd\\containerd.exe', bootstrap: true, priority: 0 },
    {
      name: 'kubelet',
      path: 'C:\\k\\kubelet.exe',
      dependencies: ['containerd'],
      bootstrap: true,
      priority: 1,
    },
    {
      name: 'hybrid-overlay-node',
      path: 'C:\\k\\hybrid-overlay-node.exe',
      nodeVariablesInCommand: [{ name: 'NODE_NAME', nodeObjectJsonPath: '{.metadata.name}' }],
      dependencies: ['kubelet'],
      bootstrap: false,
      priority: 2,
    },
    {
      name: 'kube-proxy',
      path: 'C:\\k\\kube-proxy.exe',
      dependencies: ['hybrid-overlay-node'],
      bootstrap: false,
      priority: 3,
    },
    { name: 'csi-proxy', path: 'C:\\k\\csi-proxy.exe', bootstrap: false, priority: 2 },
  ]),
  files: '[]',
  watchedEnvironmentVars: '["HTTP_PROXY"]',
};

test('the services ConfigMap is read in start order: bootstrap first, then by priority', () => {
  const parsed = parseWindowsServices(data);
  assert.ok('services' in parsed);
  assert.deepEqual(
    parsed.services.map(
      (service) => `${service.name}:${String(service.priority)}:${String(service.bootstrap)}`,
    ),
    [
      'containerd:0:true',
      'kubelet:1:true',
      'windows_exporter:2:false',
      'hybrid-overlay-node:2:false',
      'csi-proxy:2:false',
      'kube-proxy:3:false',
    ],
  );
  assert.deepEqual(parsed.services.find((s) => s.name === 'kube-proxy')?.dependencies, [
    'hybrid-overlay-node',
  ]);
  assert.equal(servicesConfigVersion('windows-services-10.22.0-5c2e1f9'), '10.22.0-5c2e1f9');
});

test('a services ConfigMap WMCO itself would refuse is reported, not guessed at', () => {
  const cases: [Record<string, string> | undefined, string][] = [
    [undefined, 'services-config-missing-key'],
    [{ services: '[]' }, 'services-config-missing-key'],
    [{ services: '{', files: '[]' }, 'services-config-unreadable'],
    [{ services: '[{"path":"x"}]', files: '[]' }, 'services-config-unreadable'],
    [{ ...data, extra: '1' }, 'services-config-unexpected-keys'],
  ];
  for (const [input, code] of cases) {
    const parsed = parseWindowsServices(input);
    assert.ok('problem' in parsed && parsed.problem.code === code, JSON.stringify(input));
  }
});

test('each expected service is judged from its log: running, failing in its own words, missing, waiting on a dependency', () => {
  const parsed = parseWindowsServices(data);
  assert.ok('services' in parsed);
  const reports = judgeNodeServices(parsed.services, {
    configuredVersion: '10.22.0-5c2e1f9',
    logs: {
      'windows-instance-config-daemon': { found: true },
      containerd: { found: true },
      kubelet: { found: true },
      'hybrid-overlay-node': {
        found: true,
        lastError: 'E0812 10:21:21 node_windows.go:217] VXLAN port 4790 is not supported',
      },
      'kube-proxy': { found: false },
      windows_exporter: { found: false },
    },
  });
  assert.deepEqual(Object.fromEntries(reports.map((report) => [report.name, report.state])), {
    'windows-instance-config-daemon': { code: 'service-running' },
    containerd: { code: 'service-running' },
    kubelet: { code: 'service-running' },
    windows_exporter: { code: 'service-log-missing' },
    'hybrid-overlay-node': {
      code: 'service-failing',
      params: { line: 'E0812 10:21:21 node_windows.go:217] VXLAN port 4790 is not supported' },
    },
    'csi-proxy': { code: 'service-unknown' },
    'kube-proxy': { code: 'service-waiting', params: { dependency: 'hybrid-overlay-node' } },
  });
});

test('before WMCO has configured the node, a service without a log is not yet configured, not missing', () => {
  const reports = judgeNodeServices(
    [{ name: 'kubelet', bootstrap: true, priority: 1, dependencies: [] }],
    {
      logs: { kubelet: { found: false }, 'windows-instance-config-daemon': { found: true } },
    },
  );
  assert.deepEqual(
    reports.map((report) => report.state.code),
    ['service-running', 'service-not-configured-yet'],
  );
});

test('error lines are klog E/F lines and logrus/slog error levels, not info lines that mention errors', () => {
  assert.equal(lastErrorLine(['I0812 ok', 'E0812 bad', 'I0812 an error was retried']), 'E0812 bad');
  assert.equal(
    lastErrorLine(['time="x" level=error msg="cni"', 'time="y" level=info msg="error-free"']),
    'time="x" level=error msg="cni"',
  );
  assert.equal(lastErrorLine(['time=x level=ERROR msg=bind']), 'time=x level=ERROR msg=bind');
  assert.equal(lastErrorLine(['I0812 handled error', 'level=info']), undefined);
});
