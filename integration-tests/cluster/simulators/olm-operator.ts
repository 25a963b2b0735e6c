// Part of the OLM simulator (a TEST DOUBLE standing in for OLM's olm-operator; never part of the
// product): moves ClusterServiceVersions through their phases about a second apart and publishes
// OperatorGroup status.
import { resources } from '../resources';
import type { SimulatorContext } from './behaviour';
import {
  CSV_FAILS_ANNOTATION,
  now,
  type ClusterServiceVersion,
  type OperatorGroup,
} from './olm-api';
import { hasFields } from './status';

const PHASE_STEP_MS = 1000;

const csvSteps: Record<string, { phase: string; reason: string; message: string }> = {
  Pending: {
    phase: 'InstallReady',
    reason: 'AllRequirementsMet',
    message: 'all requirements found, attempting install',
  },
  InstallReady: {
    phase: 'Installing',
    reason: 'InstallSucceeded',
    message: 'waiting for install components to report healthy',
  },
  Installing: {
    phase: 'Succeeded',
    reason: 'InstallSucceeded',
    message: 'install strategy completed with no errors',
  },
};
const operatorGroupReasons = new Set(['NoOperatorGroup', 'TooManyOperatorGroups']);

/**
 * Steps a CSV through its phases, PHASE_STEP_MS apart; it needs exactly one OperatorGroup in its
 * namespace.
 */
export async function reconcileCsv(
  csv: ClusterServiceVersion,
  context: SimulatorContext,
): Promise<void> {
  const { client } = context;
  const { namespace, name } = csv.metadata;
  const status = csv.status;
  if (
    !status?.phase ||
    (status.phase === 'Failed' && operatorGroupReasons.has(status.reason ?? ''))
  ) {
    const groups = await client.list<OperatorGroup>(resources.operatorGroups, { namespace });
    const [group] = groups;
    if (groups.length !== 1 || !group) {
      const [reason, message] =
        groups.length === 0
          ? ['NoOperatorGroup', 'csv in namespace with no operatorgroups']
          : [
              'TooManyOperatorGroups',
              "csv created in namespace with multiple operatorgroups, can't pick one automatically",
            ];
      if (status?.reason !== reason) await setCsvPhase(context, csv, 'Failed', reason, message);
      return;
    }
    await client.mergePatch(
      resources.clusterServiceVersions,
      { name, namespace },
      {
        metadata: {
          annotations: {
            'olm.operatorGroup': group.metadata.name,
            'olm.operatorNamespace': namespace,
            'olm.targetNamespaces': (group.spec?.targetNamespaces ?? ['']).join(','),
          },
        },
      },
    );
    await setCsvPhase(
      context,
      csv,
      'Pending',
      'RequirementsUnknown',
      'requirements not yet checked',
    );
    return;
  }
  const step = csvSteps[status.phase];
  if (!step) return; // Succeeded or Failed: final
  const waitMs = Date.parse(status.lastTransitionTime ?? '') + PHASE_STEP_MS - Date.now();
  if (waitMs > 0) {
    context.requeueAfter(waitMs);
    return;
  }
  const failure = csv.metadata.annotations?.[CSV_FAILS_ANNOTATION];
  if (failure !== undefined && step.phase === 'Succeeded') {
    await setCsvPhase(context, csv, 'Failed', 'InstallComponentFailed', failure);
  } else {
    await setCsvPhase(context, csv, step.phase, step.reason, step.message);
  }
}

async function setCsvPhase(
  context: SimulatorContext,
  csv: ClusterServiceVersion,
  phase: string,
  reason: string,
  message: string,
): Promise<void> {
  const { namespace, name } = csv.metadata;
  const time = now();
  const entry = { phase, reason, message, lastTransitionTime: time, lastUpdateTime: time };
  await context.client.mergePatch(
    resources.clusterServiceVersions,
    { name, namespace, subresource: 'status' },
    {
      status: { ...entry, conditions: [...(csv.status?.conditions ?? []), entry] },
    },
  );
  context.log(`ClusterServiceVersion ${namespace}/${name}: ${phase} (${reason})`);
}

/**
 * Publishes the namespaces an OperatorGroup targets, and lets CSVs waiting for an OperatorGroup
 * re-check.
 */
export async function reconcileOperatorGroup(
  group: OperatorGroup,
  context: SimulatorContext,
): Promise<void> {
  const { client } = context;
  const { namespace, name } = group.metadata;
  // No targetNamespaces and no selector means all namespaces, which OLM writes as [""].
  const namespaces = group.spec?.targetNamespaces ?? (group.spec?.selector ? [] : ['']);
  if (!hasFields(group.status?.namespaces, namespaces)) {
    await client.mergePatch(
      resources.operatorGroups,
      { name, namespace, subresource: 'status' },
      {
        status: { namespaces, lastUpdated: now() },
      },
    );
  }
  for (const csv of await client.list<ClusterServiceVersion>(resources.clusterServiceVersions, {
    namespace,
  })) {
    context.enqueue(resources.clusterServiceVersions, namespace, csv.metadata.name);
  }
}
