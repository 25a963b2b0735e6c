// Part of the Machine API simulator (a TEST DOUBLE, never part of the product): one Windows Machine's
// life, a step about every STEP_MS, as the machine controller and WMCO move it:
//   Provisioning → Provisioned (instance launched: provider ID, address) → Running (WMCO configured
//   the instance over SSH and kubelet registered its Node, NotReady) → the Node Ready and annotated
//   with WMCO's full version. Without a Succeeded WMCO no Node ever joins and the Machine stays
//   Provisioned, as on a real cluster. Deleting the Machine drains (cordons) its Node unless
//   `exclude-node-draining` is set, deletes the Node, then lets the Machine go.
import { ignoreStatus, type KubeClient } from '../kube-client';
import { resourcePath, resources } from '../resources';
import { WMCO_PACKAGE } from '../scenarios/marketplace';
import { createWithStatus, timestampSecondsAgo } from '../scenarios/seed';
import type { SimulatorContext } from './behaviour';
import { launchInstance, type Launch } from './cloud-instances';
import {
  EXCLUDE_DRAINING_ANNOTATION,
  isWindowsMachine,
  MACHINE_FINALIZER,
  MACHINE_SET_LABEL,
  type Machine,
  type Node,
} from './machine-api-objects';
import type { ClusterServiceVersion } from './olm-api';
import { configuredNode, isUnconfigured, joiningWindowsNode } from './windows-node-join';
import { readUpgradeWorld } from './wmco-upgrade-steps';

export const STEP_MS = 1000;

function at(machine: Machine) {
  return { name: machine.metadata.name, namespace: machine.metadata.namespace };
}

async function setStatus(
  context: SimulatorContext,
  machine: Machine,
  status: NonNullable<Machine['status']>,
): Promise<void> {
  await context.client.mergePatch(
    resources.machines,
    { ...at(machine), subresource: 'status' },
    { status: { ...status, lastUpdated: timestampSecondsAgo(0) } },
  );
  if (status.phase) context.log(`Machine ${machine.metadata.name}: ${status.phase}`);
}

/** Milliseconds until the machine's next step is due (its last status change plus STEP_MS). */
function dueIn(machine: Machine): number {
  return Date.parse(machine.status?.lastUpdated ?? '') + STEP_MS - Date.now();
}

/** The full version of the WMCO that configures instances, if one runs (Succeeded CSV). */
async function runningWmcoVersion(client: KubeClient): Promise<string | undefined> {
  const csvs = await client.list<ClusterServiceVersion & { metadata: { name: string } }>(
    resources.clusterServiceVersions,
  );
  const wmco = csvs.find(
    (csv) => csv.metadata.name.startsWith(`${WMCO_PACKAGE}.v`) && csv.status?.phase === 'Succeeded',
  );
  return wmco ? (await readUpgradeWorld(client, wmco.metadata.namespace)).target : undefined;
}

function readNode(client: KubeClient, name: string | undefined): Promise<Node | undefined> {
  return name
    ? client.get<Node>(resources.nodes, name).catch(ignoreStatus(404))
    : Promise.resolve(undefined);
}

/** Deletion: drain (cordon) unless excluded, delete the Node, remove the finalizer. */
async function deleteMachine(machine: Machine, context: SimulatorContext): Promise<void> {
  const { client } = context;
  const node = await readNode(client, machine.status?.nodeRef?.name);
  if (machine.status?.phase !== 'Deleting') {
    const drain = !(EXCLUDE_DRAINING_ANNOTATION in (machine.metadata.annotations ?? {}));
    if (node && drain)
      await client.mergePatch(
        resources.nodes,
        { name: node.metadata.name },
        { spec: { unschedulable: true } },
      );
    await setStatus(context, machine, { phase: 'Deleting' });
    return;
  }
  const wait = dueIn(machine);
  if (wait > 0) {
    context.requeueAfter(wait);
    return;
  }
  if (node) {
    await client.request('DELETE', resourcePath(resources.nodes, { name: node.metadata.name }));
    context.log(`Node ${node.metadata.name} deleted with Machine ${machine.metadata.name}`);
  }
  await client.mergePatch(resources.machines, at(machine), {
    metadata: {
      finalizers: (machine.metadata.finalizers ?? []).filter((f) => f !== MACHINE_FINALIZER),
    },
  });
}

/** The simulated cloud answers the same for the same Machine, so each step can ask again. */
function launchOf(machine: Machine): Launch {
  return launchInstance(
    machine.metadata.name,
    machine.metadata.uid,
    machine.spec?.providerSpec?.value ?? {},
  );
}

async function provision(machine: Machine, context: SimulatorContext): Promise<void> {
  const launch = launchOf(machine);
  if ('failure' in launch) {
    await setStatus(context, machine, {
      phase: 'Failed',
      errorReason: launch.failure.reason,
      errorMessage: launch.failure.message,
    });
    return;
  }
  const { instance } = launch;
  await context.client.mergePatch(resources.machines, at(machine), {
    metadata: { annotations: { 'machine.openshift.io/instance-state': 'running' } },
    spec: { providerID: instance.providerID },
  });
  await setStatus(context, machine, {
    phase: 'Provisioned',
    addresses: [
      { type: 'InternalIP', address: instance.address },
      { type: 'InternalDNS', address: instance.nodeName },
      { type: 'Hostname', address: instance.nodeName },
    ],
  });
}

/** WMCO configures the instance and kubelet registers: the Node appears, NotReady for now. */
async function joinNode(machine: Machine, context: SimulatorContext): Promise<void> {
  if (!(await runningWmcoVersion(context.client))) {
    context.requeueAfter(2 * STEP_MS); // waits for WMCO, as a real Windows instance would
    return;
  }
  const launch = launchOf(machine);
  if ('failure' in launch) return;
  // A reconcile cut short after registering the node finds it on its next run.
  const node =
    (await readNode(context.client, launch.instance.nodeName)) ??
    (await createWithStatus(
      context.client,
      resources.nodes,
      joiningWindowsNode(machine, launch.instance, launch.windowsServer),
    ));
  await setStatus(context, machine, {
    phase: 'Running',
    nodeRef: { kind: 'Node', name: node.metadata.name, uid: node.metadata.uid },
  });
}

/** The node a Machine brought is configured once Ready and annotated with WMCO's version. */
async function configureNode(machine: Machine, context: SimulatorContext): Promise<boolean> {
  const { client } = context;
  const node = await readNode(client, machine.status?.nodeRef?.name);
  if (!node?.metadata.uid || !isUnconfigured(node)) return false;
  const version = await runningWmcoVersion(client);
  if (!version) return false;
  const { object, status } = configuredNode(node, version);
  await client.mergePatch(resources.nodes, { name: node.metadata.name }, object);
  await client.mergePatch(
    resources.nodes,
    { name: node.metadata.name, subresource: 'status' },
    status,
  );
  context.log(`Node ${node.metadata.name}: Ready, configured by WMCO ${version}`);
  return true;
}

export async function reconcileMachine(machine: Machine, context: SimulatorContext): Promise<void> {
  if (!isWindowsMachine(machine)) return;
  const owner = machine.metadata.labels?.[MACHINE_SET_LABEL];
  const enqueueOwner = () => {
    if (owner) context.enqueue(resources.machineSets, machine.metadata.namespace, owner);
  };
  if (machine.metadata.deletionTimestamp) {
    await deleteMachine(machine, context);
    enqueueOwner();
    return;
  }
  if (!machine.metadata.finalizers?.includes(MACHINE_FINALIZER)) {
    await context.client.mergePatch(resources.machines, at(machine), {
      metadata: { finalizers: [...(machine.metadata.finalizers ?? []), MACHINE_FINALIZER] },
    });
    return;
  }
  const phase = machine.status?.phase;
  if (phase === undefined) {
    await setStatus(context, machine, { phase: 'Provisioning' });
    return;
  }
  const wait = dueIn(machine);
  if (phase === 'Provisioning' || phase === 'Provisioned') {
    if (wait > 0) {
      context.requeueAfter(wait);
      return;
    }
    await (phase === 'Provisioning' ? provision(machine, context) : joinNode(machine, context));
  } else if (phase === 'Running') {
    if (wait > 0) {
      context.requeueAfter(wait);
      return;
    }
    if (!(await configureNode(machine, context))) return;
  } else {
    return;
  }
  enqueueOwner();
}
