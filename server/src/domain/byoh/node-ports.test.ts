import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeNodePorts, type NodePort, type PortProbe } from './node-ports';

const probes = (kubelet: PortProbe, metrics: PortProbe) =>
  new Map<NodePort, PortProbe>([
    [10250, kubelet],
    [9182, metrics],
  ]);
const bothRules = ['ContainerLogsPort', 'WindowsExporterMetricsPort'];

const cases: [string, Map<NodePort, PortProbe>, string[] | undefined, string, string][] = [
  ['both open', probes('open', 'open'), bothRules, 'pass', 'open'],
  [
    'refused but the rules exist (nothing listens before WMCO)',
    probes('closed', 'closed'),
    bothRules,
    'pass',
    'open-not-listening',
  ],
  ['refused, rules missing', probes('closed', 'closed'), [], 'fail', 'firewall-rule-missing'],
  [
    'refused, metrics rule missing',
    probes('open', 'closed'),
    ['ContainerLogsPort'],
    'fail',
    'firewall-rule-missing',
  ],
  ['no answer with the rules in place', probes('filtered', 'open'), bothRules, 'fail', 'filtered'],
  [
    'refused, rules unknown (no login)',
    probes('closed', 'open'),
    undefined,
    'warn',
    'closed-rules-unknown',
  ],
  ['no answer, rules unknown', probes('filtered', 'filtered'), undefined, 'fail', 'filtered'],
];

for (const [name, portProbes, rules, status, code] of cases) {
  test(`node ports: ${name} → ${status}`, () => {
    const result = judgeNodePorts(portProbes, rules);
    assert.equal(result.status, status);
    assert.equal(result.code, code);
  });
}

test('missing rules are remediable and named with their ports', () => {
  const result = judgeNodePorts(probes('closed', 'closed'), ['ContainerLogsPort']);
  assert.equal(result.remediable, true);
  assert.deepEqual(result.params, { ports: '9182', rules: 'WindowsExporterMetricsPort' });
});
