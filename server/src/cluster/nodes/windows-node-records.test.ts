import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { V1Node } from '@kubernetes/client-node';
import type { Machine } from '../../domain/openshift-objects';
import { windowsNodeRecords } from './windows-node-records';

const nodes: V1Node[] = [{ metadata: { name: 'win-a' } }, { metadata: { name: 'win-b' } }];
const machines: Machine[] = [
  {
    metadata: { name: 'm-a', labels: { 'machine.openshift.io/cluster-api-machineset': 'ms' } },
    status: { nodeRef: { name: 'win-a' } },
  },
];

test('pairs each node with the Machine whose nodeRef names it', () => {
  const [a, b] = windowsNodeRecords(nodes, machines);
  assert.equal(a?.machine?.metadata?.name, 'm-a');
  assert.equal(a?.windowsNode.origin, 'ms');
  assert.equal(b?.machine, undefined);
});

test('the same lists give the same records; a changed list builds them again', () => {
  const first = windowsNodeRecords(nodes, machines);
  assert.equal(windowsNodeRecords(nodes, machines), first);
  assert.notEqual(windowsNodeRecords([...nodes], machines), first);
  assert.notEqual(windowsNodeRecords(nodes, [...machines]), first);
});

test('a node object paired with the same Machine keeps its record; a new object or Machine builds it', () => {
  const [a, b] = windowsNodeRecords(nodes, machines);
  const changedB: V1Node = { metadata: { name: 'win-b' }, spec: { unschedulable: true } };
  const [keptA, rebuiltB] = windowsNodeRecords([nodes[0] ?? {}, changedB], machines);
  assert.equal(keptA, a);
  assert.notEqual(rebuiltB, b);
  assert.equal(rebuiltB?.windowsNode.schedulable, false);
  const movedMachine: Machine = {
    metadata: { name: 'm-a2', labels: { 'machine.openshift.io/cluster-api-machineset': 'ms2' } },
    status: { nodeRef: { name: 'win-a' } },
  };
  const [repairedA] = windowsNodeRecords(nodes, [movedMachine]);
  assert.notEqual(repairedA, a);
  assert.equal(repairedA?.windowsNode.origin, 'ms2');
});
