// TEST DOUBLE standing in for OLM (Operator Lifecycle Manager's catalog and OLM operators); never part of the
// product. It plays what a real cluster does after someone subscribes to a package:
//   Subscription → InstallPlan (waits for approval when Manual) → ClusterServiceVersion, whose phase then moves
//   Pending → InstallReady → Installing → Succeeded about a second apart,
// writing every object through the real OLM CRDs so the API server validates their schemas. Packages come from
// PackageManifest objects (the stand-in CRD). Knob: the annotation CSV_FAILS_ANNOTATION on a PackageManifest makes
// its CSVs end in phase Failed with the annotation's text as message.
import type { KubernetesObject, V1ObjectMeta, V1OwnerReference } from '@kubernetes/client-node';
import { ignoreStatus, isKubeApiError, type KubeClient } from '../kube-client';
import { resources } from '../resources';
import { watch, type Behaviour, type SimulatorContext } from './behaviour';
import { hasFields, withTransitionTimes, type Condition } from './status';

export const CSV_FAILS_ANNOTATION = 'simulator.windows-nodes/csv-fails';
const PHASE_STEP_MS = 1000;
const OLM_API_VERSION = 'operators.coreos.com/v1alpha1';

type StoredMeta = V1ObjectMeta & { name: string; namespace: string; uid: string };

interface Subscription {
  metadata: StoredMeta;
  spec: {
    name: string;
    source: string;
    sourceNamespace: string;
    channel?: string;
    installPlanApproval?: 'Automatic' | 'Manual';
  };
  status?: { conditions?: Condition[] };
}

interface InstallPlan {
  metadata: StoredMeta;
  spec: {
    approval: 'Automatic' | 'Manual';
    approved: boolean;
    clusterServiceVersionNames: string[];
  };
  status?: { phase?: string };
}

interface ClusterServiceVersion {
  metadata: StoredMeta;
  status?: { phase?: string; reason?: string; lastTransitionTime?: string; conditions?: object[] };
}

interface OperatorGroup {
  metadata: StoredMeta;
  spec?: { targetNamespaces?: string[]; selector?: object };
  status?: { namespaces?: string[] };
}

interface CatalogSource {
  metadata: StoredMeta;
  status?: { connectionState?: { lastObservedState?: string } };
}

/** The head of a package channel as the package server describes it. */
interface ChannelHead {
  name: string;
  currentCSV: string;
  currentCSVDesc: {
    displayName: string;
    version: string;
    description?: string;
    provider?: { name: string };
    annotations?: Record<string, string>;
    installModes?: Array<{ type: string; supported: boolean }>;
    relatedImages?: string[];
  };
}

interface PackageManifest {
  metadata: StoredMeta;
  status: {
    catalogSource: string;
    catalogSourceNamespace: string;
    defaultChannel: string;
    channels: ChannelHead[];
  };
}

export const olmSimulator: Behaviour = {
  name: 'olm-simulator',
  watches: [
    watch<Subscription>(resources.subscriptions, reconcileSubscription),
    watch<InstallPlan>(resources.installPlans, reconcileInstallPlan),
    watch<ClusterServiceVersion>(resources.clusterServiceVersions, reconcileCsv),
    watch<OperatorGroup>(resources.operatorGroups, reconcileOperatorGroup),
  ],
};

/** Creates the Subscription's InstallPlan and mirrors its progress into the Subscription's status. */
async function reconcileSubscription(
  subscription: Subscription,
  context: SimulatorContext,
): Promise<void> {
  const { client } = context;
  const { namespace, uid } = subscription.metadata;
  const resolved = await resolveChannel(client, subscription);
  if (typeof resolved === 'string') {
    const failed: Condition = {
      type: 'ResolutionFailed',
      status: 'True',
      reason: 'ConstraintsNotSatisfiable',
      message: resolved,
    };
    await writeSubscriptionStatus(client, subscription, {
      conditions: withTransitionTimes([failed], subscription.status?.conditions, now()),
    });
    return;
  }
  const plans = await client.list<InstallPlan>(resources.installPlans, { namespace });
  let plan = plans.find((candidate) =>
    candidate.metadata.ownerReferences?.some((owner) => owner.uid === uid),
  );
  if (!plan) {
    // The server fills in what a stored InstallPlan has beyond the request (name, uid).
    plan = (await client.create(
      resources.installPlans,
      newInstallPlan(subscription, resolved.currentCSV),
    )) as InstallPlan;
    context.log(
      `created InstallPlan ${namespace}/${plan.metadata.name} for ${resolved.currentCSV}`,
    );
  }
  const csv = plan.spec.clusterServiceVersionNames[0] ?? '';
  const complete = plan.status?.phase === 'Complete';
  const catalog = await client
    .get<CatalogSource>(
      resources.catalogSources,
      subscription.spec.source,
      subscription.spec.sourceNamespace,
    )
    .catch(ignoreStatus(404));
  const healthy = catalog?.status?.connectionState?.lastObservedState === 'READY';
  const conditions: Condition[] = [
    healthy
      ? {
          type: 'CatalogSourcesUnhealthy',
          status: 'False',
          reason: 'AllCatalogSourcesHealthy',
          message: 'all available catalogsources are healthy',
        }
      : {
          type: 'CatalogSourcesUnhealthy',
          status: 'True',
          reason: 'UnhealthyCatalogSourceFound',
          message: 'targeted catalogsource is unhealthy',
        },
  ];
  if (plan.status?.phase === 'RequiresApproval') {
    conditions.push({ type: 'InstallPlanPending', status: 'True', reason: 'RequiresApproval' });
  }
  await writeSubscriptionStatus(client, subscription, {
    state: complete ? 'AtLatestKnown' : 'UpgradePending',
    currentCSV: csv,
    installedCSV: complete ? csv : undefined,
    installPlanGeneration: 1,
    installPlanRef: {
      apiVersion: OLM_API_VERSION,
      kind: 'InstallPlan',
      name: plan.metadata.name,
      namespace,
      uid: plan.metadata.uid,
    },
    installplan: {
      apiVersion: OLM_API_VERSION,
      kind: 'InstallPlan',
      name: plan.metadata.name,
      uuid: plan.metadata.uid,
    },
    catalogHealth: catalog
      ? [
          {
            catalogSourceRef: {
              apiVersion: OLM_API_VERSION,
              kind: 'CatalogSource',
              name: catalog.metadata.name,
              namespace: catalog.metadata.namespace,
              uid: catalog.metadata.uid,
            },
            healthy,
            lastUpdated: now(),
          },
        ]
      : [],
    conditions: withTransitionTimes(conditions, subscription.status?.conditions, now()),
  });
}

/** Moves an InstallPlan RequiresApproval → (approved) Installing → Complete, creating the CSV on the way. */
async function reconcileInstallPlan(plan: InstallPlan, context: SimulatorContext): Promise<void> {
  const { client } = context;
  const { namespace, name } = plan.metadata;
  const phase = plan.status?.phase;
  let next: string | undefined;
  if (phase === undefined) next = plan.spec.approved ? 'Installing' : 'RequiresApproval';
  else if (phase === 'RequiresApproval' && plan.spec.approved) next = 'Installing';
  else if (phase === 'Installing') {
    await createCsv(client, plan);
    next = 'Complete';
  }
  if (next === undefined) return;
  const subscription = plan.metadata.ownerReferences?.find(
    (owner) => owner.kind === 'Subscription',
  );
  const source = subscription
    ? await client.get<Subscription>(resources.subscriptions, subscription.name, namespace)
    : undefined;
  await client.mergePatch(
    resources.installPlans,
    { name, namespace, subresource: 'status' },
    {
      status: {
        phase: next,
        catalogSources: source ? [source.spec.source] : [],
        startTime: plan.status ? undefined : now(),
        conditions:
          next === 'Complete'
            ? [
                {
                  type: 'Installed',
                  status: 'True',
                  lastTransitionTime: now(),
                  lastUpdateTime: now(),
                },
              ]
            : [],
      },
    },
  );
  context.log(`InstallPlan ${namespace}/${name}: ${next}`);
  if (subscription) context.enqueue(resources.subscriptions, namespace, subscription.name);
}

/** Creates the CSV an InstallPlan installs, from the channel head its Subscription resolved to. */
async function createCsv(client: KubeClient, plan: InstallPlan): Promise<void> {
  const { namespace } = plan.metadata;
  const csvName = plan.spec.clusterServiceVersionNames[0];
  const owner = plan.metadata.ownerReferences?.find(
    (reference) => reference.kind === 'Subscription',
  );
  if (!csvName || !owner)
    throw new Error(`InstallPlan ${namespace}/${plan.metadata.name} has no CSV or Subscription`);
  const subscription = await client.get<Subscription>(
    resources.subscriptions,
    owner.name,
    namespace,
  );
  const resolved = await resolveChannel(client, subscription);
  if (typeof resolved === 'string' || resolved.currentCSV !== csvName) {
    throw new Error(`${csvName} is no longer the head of its channel in the catalog`);
  }
  const packageName = subscription.spec.name;
  const description = resolved.currentCSVDesc;
  const image =
    description.relatedImages?.[0] ??
    `registry.invalid/simulated/${packageName}:v${description.version}`;
  const labels = { name: packageName };
  await client
    .create(resources.clusterServiceVersions, {
      apiVersion: OLM_API_VERSION,
      kind: 'ClusterServiceVersion',
      metadata: {
        name: csvName,
        namespace,
        labels: { [`operators.coreos.com/${packageName}.${namespace}`]: '' },
        annotations: { ...description.annotations, ...resolved.simulatorAnnotations },
      },
      spec: {
        displayName: description.displayName,
        version: description.version,
        description: description.description,
        provider: description.provider,
        installModes: description.installModes,
        relatedImages: description.relatedImages?.map((relatedImage, index) => ({
          name: `image-${index}`,
          image: relatedImage,
        })),
        install: {
          strategy: 'deployment',
          spec: {
            deployments: [
              {
                name: packageName,
                spec: {
                  replicas: 1,
                  selector: { matchLabels: labels },
                  template: {
                    metadata: { labels },
                    spec: {
                      serviceAccountName: packageName,
                      containers: [{ name: 'manager', image }],
                    },
                  },
                },
              },
            ],
          },
        },
      },
    })
    .catch(ignoreStatus(409));
}

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

/** Steps a CSV through its phases, PHASE_STEP_MS apart; it needs exactly one OperatorGroup in its namespace. */
async function reconcileCsv(csv: ClusterServiceVersion, context: SimulatorContext): Promise<void> {
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

/** Publishes the namespaces an OperatorGroup targets, and lets CSVs waiting for an OperatorGroup re-check. */
async function reconcileOperatorGroup(
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

type ResolvedChannel = ChannelHead & { simulatorAnnotations: Record<string, string> };

/** The channel head a Subscription resolves to, or why it does not resolve (the ResolutionFailed message). */
async function resolveChannel(
  client: KubeClient,
  subscription: Subscription,
): Promise<ResolvedChannel | string> {
  const { name, source, sourceNamespace, channel } = subscription.spec;
  const notFound = `constraints not satisfiable: no operators found in package ${name} in the catalog referenced by subscription ${subscription.metadata.name}`;
  let manifest: PackageManifest;
  try {
    manifest = await client.get<PackageManifest>(resources.packageManifests, name, sourceNamespace);
  } catch (error) {
    if (isKubeApiError(error, 404)) return notFound;
    throw error;
  }
  if (manifest.status.catalogSource !== source) return notFound;
  const wanted = channel ?? manifest.status.defaultChannel;
  const head = manifest.status.channels.find((candidate) => candidate.name === wanted);
  if (!head) {
    return `constraints not satisfiable: no operators found in channel ${wanted} of package ${name} in the catalog referenced by subscription ${subscription.metadata.name}`;
  }
  const fails = manifest.metadata.annotations?.[CSV_FAILS_ANNOTATION];
  return {
    ...head,
    simulatorAnnotations: fails === undefined ? {} : { [CSV_FAILS_ANNOTATION]: fails },
  };
}

function newInstallPlan(
  subscription: Subscription,
  csvName: string,
): KubernetesObject & Pick<InstallPlan, 'spec'> {
  const approval = subscription.spec.installPlanApproval ?? 'Automatic';
  const owner: V1OwnerReference = {
    apiVersion: OLM_API_VERSION,
    kind: 'Subscription',
    name: subscription.metadata.name,
    uid: subscription.metadata.uid,
    blockOwnerDeletion: false,
    controller: false,
  };
  return {
    apiVersion: OLM_API_VERSION,
    kind: 'InstallPlan',
    metadata: {
      generateName: 'install-',
      namespace: subscription.metadata.namespace,
      ownerReferences: [owner],
    },
    spec: { approval, approved: approval === 'Automatic', clusterServiceVersionNames: [csvName] },
  };
}

/** Patches the status with `desired` (plus lastUpdated) unless it already holds it, so reconciles settle. */
async function writeSubscriptionStatus(
  client: KubeClient,
  subscription: Subscription,
  desired: Record<string, unknown>,
): Promise<void> {
  if (hasFields(subscription.status ?? {}, desired)) return;
  const { name, namespace } = subscription.metadata;
  const at = { name, namespace, subresource: 'status' as const };
  await client.mergePatch(resources.subscriptions, at, {
    status: { ...desired, lastUpdated: now() },
  });
}

function now(): string {
  return new Date().toISOString();
}
