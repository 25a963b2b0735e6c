import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bareSnapshot } from './bare-snapshot';
import type { V1Namespace, V1Pod } from '@kubernetes/client-node';
import type { WindowsNode } from '../../../contract/nodes';
import type { ClusterSnapshot } from './cluster-snapshot';
import { monitoringFindings } from './monitoring-findings';
import { monitoringFacts, type MonitoringFacts } from './wmco-monitoring';

const namespace = 'openshift-windows-machine-config-operator';
const windowsNode = { name: 'win-a', ready: true } as WindowsNode;

function snapshot(
  monitoring: MonitoringFacts | undefined,
  options: { phase?: string; nodes?: WindowsNode[] } = {},
): ClusterSnapshot {
  return bareSnapshot({
    wmco: {
      namespace,
      namespaceExists: true,
      csv: { name: 'wmco.v10.22.0', version: '10.22.0', phase: options.phase ?? 'Succeeded' },
    },
    nodes: options.nodes ?? [windowsNode],
    monitoring,
  });
}

const codes = (s: ClusterSnapshot) => monitoringFindings(s).map((finding) => finding.code);

test('WMCO installed and its namespace unlabelled: a warning offering the label and the restart', () => {
  const [finding] = monitoringFindings(snapshot({ enabled: false }));
  assert.equal(finding?.code, 'wmco-monitoring-label-missing');
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.params, { namespace });
  assert.equal(finding.fix?.action, 'enable-monitoring');
  assert.equal(finding.guideSection, '7.1');
});

test('the label added after the pod started, with Windows nodes: metrics wait for a restart', () => {
  const facts = {
    enabled: true,
    labelledAt: '2026-12-01T10:05:00.000Z',
    podStartedAt: '2026-12-01T09:00:00.000Z',
  };
  const [finding] = monitoringFindings(snapshot(facts));
  assert.equal(finding?.code, 'wmco-monitoring-needs-restart');
  assert.deepEqual(finding.params, {
    namespace,
    labelledAt: facts.labelledAt,
    podStartedAt: facts.podStartedAt,
  });
  assert.equal(finding.fix?.action, 'enable-monitoring');
});

test('the pod started after the label (or in the same second): nothing to say', () => {
  for (const podStartedAt of ['2026-12-01T10:06:00.000Z', '2026-12-01T10:05:00.000Z']) {
    const facts = { enabled: true, labelledAt: '2026-12-01T10:05:00.000Z', podStartedAt };
    assert.deepEqual(codes(snapshot(facts)), [], podStartedAt);
  }
});

test('a late label before any Windows node is configured needs no restart (guide §7.1)', () => {
  const facts = {
    enabled: true,
    labelledAt: '2026-12-01T10:05:00.000Z',
    podStartedAt: '2026-12-01T09:00:00.000Z',
  };
  assert.deepEqual(codes(snapshot(facts, { nodes: [] })), []);
});

test('unknown times say nothing: no label time, or no running pod', () => {
  assert.deepEqual(codes(snapshot({ enabled: true, podStartedAt: '2026-12-01T09:00:00Z' })), []);
  assert.deepEqual(codes(snapshot({ enabled: true, labelledAt: '2026-12-01T09:00:00Z' })), []);
});

test('nothing while WMCO is not installed, or the facts could not be read', () => {
  assert.deepEqual(codes(snapshot({ enabled: false }, { phase: 'Installing' })), []);
  assert.deepEqual(codes(snapshot(undefined)), []);
});

const labelEntry = (time: string, manager = 'kubectl-label') => ({
  manager,
  operation: 'Update',
  time: new Date(time),
  fieldsV1: { 'f:metadata': { 'f:labels': { 'f:openshift.io/cluster-monitoring': {} } } },
});

function namespaceObject(labels: Record<string, string>, managedFields: object[] = []) {
  return { metadata: { name: namespace, labels, managedFields } } as V1Namespace;
}

const pod = (startTime: string, deleting = false) =>
  ({
    metadata: { name: `wmco-${startTime}`, deletionTimestamp: deleting ? new Date() : undefined },
    status: { startTime: new Date(startTime) },
  }) as V1Pod;

test('the label reads true as Go’s ParseBool reads it; anything else is off', () => {
  for (const value of ['true', 'True', 'TRUE', '1', 't', 'T']) {
    assert.equal(
      monitoringFacts(namespaceObject({ 'openshift.io/cluster-monitoring': value }), []).enabled,
      true,
      value,
    );
  }
  for (const value of ['false', 'yes', '', 'on']) {
    assert.equal(
      monitoringFacts(namespaceObject({ 'openshift.io/cluster-monitoring': value }), []).enabled,
      false,
      value,
    );
  }
  assert.equal(monitoringFacts(namespaceObject({}), []).enabled, false);
});

test('the label time is the latest managed-fields entry that owns it; others do not count', () => {
  const facts = monitoringFacts(
    namespaceObject({ 'openshift.io/cluster-monitoring': 'true' }, [
      {
        manager: 'cluster-version-operator',
        time: new Date('2026-12-02T00:00:00Z'),
        fieldsV1: { 'f:metadata': { 'f:labels': { 'f:other': {} } } },
      },
      labelEntry('2026-12-01T08:00:00Z', 'installer'),
      labelEntry('2026-12-01T10:05:00Z'),
    ]),
    [],
  );
  assert.equal(facts.labelledAt, '2026-12-01T10:05:00.000Z');
  assert.equal(monitoringFacts(namespaceObject({}), []).labelledAt, undefined);
});

test('the pod start is the oldest of WMCO’s pods that are not being deleted', () => {
  const facts = monitoringFacts(namespaceObject({}), [
    pod('2026-12-01T07:00:00Z', true),
    pod('2026-12-01T09:30:00Z'),
    pod('2026-12-01T09:00:00Z'),
  ]);
  assert.equal(facts.podStartedAt, '2026-12-01T09:00:00.000Z');
  assert.equal(monitoringFacts(namespaceObject({}), []).podStartedAt, undefined);
});
