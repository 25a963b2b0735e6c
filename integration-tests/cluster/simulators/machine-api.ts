// TEST DOUBLE standing in for the Machine API (MachineSet and machine controllers) and for WMCO's
// configuration of Windows Machines; never part of the product. Only for Windows MachineSets and
// Machines (label machine.openshift.io/os-id=Windows), so the Linux workers stay as seeded:
//   - a MachineSet keeps `spec.replicas` Machines: it creates the missing ones from its template and,
//     scaling down, deletes those annotated machine.openshift.io/delete-machine first, then the
//     newest; its status counts them (ready and available = their Node is Ready);
//   - each Machine goes Provisioning → Provisioned → Running and gets its Windows Node (see
//     machine-lifecycle.ts); deleting a Machine deletes its Node;
//   - a Windows Node's readiness changing refreshes its MachineSet's counts;
//   - a pod being deleted on a Windows Node (evicted by a drain) is finished by its kubelet (see
//     windows-pod-termination.ts).
import type { KubernetesObject, V1Pod } from '@kubernetes/client-node';
import { resourcePath, resources } from '../resources';
import { labelSelector } from '../scenarios/seed';
import { watch, type Behaviour, type SimulatorContext } from './behaviour';
import {
  DELETE_MACHINE_ANNOTATION,
  isWindowsMachineSet,
  MACHINE_ANNOTATION,
  MACHINE_SET_LABEL,
  type Machine,
  type MachineSet,
  type Node,
} from './machine-api-objects';
import { reconcileMachine } from './machine-lifecycle';
import { hasFields } from './status';
import { finishTerminatingPod } from './windows-pod-termination';

function isReady(node: Node): boolean {
  return node.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

function at(machine: Machine) {
  return { name: machine.metadata.name, namespace: machine.metadata.namespace };
}

/** Scale-down order: machines marked for deletion first, then the newest. */
function removalOrder(a: Machine, b: Machine): number {
  const marked = (machine: Machine) =>
    machine.metadata.annotations?.[DELETE_MACHINE_ANNOTATION] === 'true' ? 0 : 1;
  return (
    marked(a) - marked(b) ||
    (b.metadata.creationTimestamp?.toString() ?? '').localeCompare(
      a.metadata.creationTimestamp?.toString() ?? '',
    ) ||
    b.metadata.name.localeCompare(a.metadata.name)
  );
}

function newMachine(machineSet: MachineSet): KubernetesObject & Record<string, unknown> {
  const { metadata, spec } = machineSet;
  return {
    apiVersion: 'machine.openshift.io/v1beta1',
    kind: 'Machine',
    metadata: {
      generateName: `${metadata.name}-`,
      namespace: metadata.namespace,
      labels: spec.template.metadata?.labels ?? {},
      ownerReferences: [
        {
          apiVersion: 'machine.openshift.io/v1beta1',
          kind: 'MachineSet',
          name: metadata.name,
          uid: metadata.uid,
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    spec: {
      metadata: spec.template.spec?.metadata ?? {},
      providerSpec: spec.template.spec?.providerSpec ?? {},
    },
  };
}

async function reconcileMachineSet(
  machineSet: MachineSet,
  context: SimulatorContext,
): Promise<void> {
  if (!isWindowsMachineSet(machineSet) || machineSet.metadata.deletionTimestamp) return;
  const { client } = context;
  const { name, namespace } = machineSet.metadata;
  const selector = machineSet.spec.selector.matchLabels ?? { [MACHINE_SET_LABEL]: name };
  const owned = await client.list<Machine>(resources.machines, {
    namespace,
    labelSelector: labelSelector(selector),
  });
  const active = owned.filter((machine) => !machine.metadata.deletionTimestamp);
  const wanted = machineSet.spec.replicas ?? 0;
  for (let count = active.length; count < wanted; count++) {
    const created = await client.create(resources.machines, newMachine(machineSet));
    context.log(`MachineSet ${name}: created Machine ${created.metadata?.name ?? ''}`);
  }
  const surplus = [...active].sort(removalOrder).slice(0, Math.max(0, active.length - wanted));
  for (const machine of surplus) {
    await client.request('DELETE', resourcePath(resources.machines, at(machine)));
    context.log(`MachineSet ${name}: deleting Machine ${machine.metadata.name}`);
  }
  const nodes = await client.list<Node>(resources.nodes, {
    labelSelector: 'kubernetes.io/os=windows',
  });
  const readyNodes = new Set(nodes.filter(isReady).map((node) => node.metadata.name));
  const ready = active.filter(
    (machine) => !surplus.includes(machine) && readyNodes.has(machine.status?.nodeRef?.name ?? ''),
  ).length;
  // Every missing Machine was just created and every surplus one is on its way out.
  const status = {
    replicas: wanted,
    fullyLabeledReplicas: wanted,
    readyReplicas: ready,
    availableReplicas: ready,
    observedGeneration: machineSet.metadata.generation,
    labelSelector: labelSelector(selector),
  };
  if (!hasFields(machineSet.status, status)) {
    await client.mergePatch(
      resources.machineSets,
      { name, namespace, subresource: 'status' },
      { status },
    );
  }
}

/** A Windows Node's readiness is part of its MachineSet's counts. */
async function reconcileNode(node: Node, context: SimulatorContext): Promise<void> {
  const [namespace, machineName] = (node.metadata.annotations?.[MACHINE_ANNOTATION] ?? '').split(
    '/',
  );
  if (!namespace || !machineName || node.metadata.labels?.['kubernetes.io/os'] !== 'windows')
    return;
  const machine = await context.client.get<Machine>(resources.machines, machineName, namespace);
  const owner = machine.metadata.labels?.[MACHINE_SET_LABEL];
  if (owner) context.enqueue(resources.machineSets, namespace, owner);
}

export const machineApiSimulator: Behaviour = {
  name: 'machine-api-simulator',
  watches: [
    watch<MachineSet>(resources.machineSets, reconcileMachineSet),
    watch<Machine>(resources.machines, reconcileMachine),
    watch<Node>(resources.nodes, reconcileNode),
    watch<V1Pod>(resources.pods, finishTerminatingPod),
  ],
};
