// Part of the OLM simulator (a TEST DOUBLE standing in for OLM's catalog operator; never part of the
// product): resolves a Subscription against the PackageManifests, creates its InstallPlan, waits
// for approval when Manual, creates the ClusterServiceVersion and mirrors progress into the
// Subscription's status.
import type { KubernetesObject, V1OwnerReference } from '@kubernetes/client-node';
import { ignoreStatus, isKubeApiError, type KubeClient } from '../kube-client';
import { resources } from '../resources';
import type { SimulatorContext } from './behaviour';
import {
  CSV_FAILS_ANNOTATION,
  now,
  OLM_API_VERSION,
  type CatalogSource,
  type ChannelHead,
  type InstallPlan,
  type PackageManifest,
  type Subscription,
} from './olm-api';
import { hasFields, withTransitionTimes, type Condition } from './status';

/**
 * Creates the Subscription's InstallPlan and mirrors its progress into the Subscription's status.
 */
export async function reconcileSubscription(
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
  const csvName = resolved.head.currentCSV;
  // One InstallPlan per channel head: when the head moves on (an update), a new plan installs it.
  let plan = plans.find(
    (candidate) =>
      candidate.metadata.ownerReferences?.some((owner) => owner.uid === uid) &&
      candidate.spec.clusterServiceVersionNames.includes(csvName),
  );
  if (!plan) {
    // The server fills in what a stored InstallPlan has beyond the request (name, uid).
    plan = (await client.create(
      resources.installPlans,
      newInstallPlan(subscription, csvName),
    )) as InstallPlan;
    context.log(`created InstallPlan ${namespace}/${plan.metadata.name} for ${csvName}`);
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

/**
 * Moves an InstallPlan RequiresApproval → (approved) Installing → Complete, creating the CSV on the
 * way.
 */
export async function reconcileInstallPlan(
  plan: InstallPlan,
  context: SimulatorContext,
): Promise<void> {
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
  const owner = plan.metadata.ownerReferences?.find(
    (reference) => reference.kind === 'Subscription',
  );
  const subscription = owner
    ? await client.get<Subscription>(resources.subscriptions, owner.name, namespace)
    : undefined;
  await client.mergePatch(
    resources.installPlans,
    { name, namespace, subresource: 'status' },
    {
      status: {
        phase: next,
        catalogSources: subscription ? [subscription.spec.source] : [],
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
  if (owner) context.enqueue(resources.subscriptions, namespace, owner.name);
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
  if (typeof resolved === 'string' || resolved.head.currentCSV !== csvName) {
    throw new Error(`${csvName} is no longer the head of its channel in the catalog`);
  }
  const fails = resolved.manifest.metadata.annotations?.[CSV_FAILS_ANNOTATION];
  const csv = newClusterServiceVersion(
    subscription.spec.name,
    namespace,
    resolved.head,
    fails === undefined ? {} : { [CSV_FAILS_ANNOTATION]: fails },
  );
  await client.create(resources.clusterServiceVersions, csv).catch(ignoreStatus(409));
}

/**
 * The CSV OLM creates from a package's channel head (the fields this project reads); `annotations`
 * adds to the head's own.
 */
export function newClusterServiceVersion(
  packageName: string,
  namespace: string,
  head: ChannelHead,
  annotations: Record<string, string> = {},
): KubernetesObject & { spec: object } {
  const description = head.currentCSVDesc;
  const image =
    description.relatedImages?.[0] ??
    `registry.invalid/simulated/${packageName}:v${description.version}`;
  const labels = { name: packageName };
  return {
    apiVersion: OLM_API_VERSION,
    kind: 'ClusterServiceVersion',
    metadata: {
      name: head.currentCSV,
      namespace,
      labels: { [operatorLabel(packageName, namespace)]: '' },
      annotations: { ...description.annotations, ...annotations },
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
  };
}

/**
 * The channel head a Subscription resolves to, or why it does not resolve (the ResolutionFailed
 * message).
 */
async function resolveChannel(
  client: KubeClient,
  subscription: Subscription,
): Promise<{ manifest: PackageManifest; head: ChannelHead } | string> {
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
  return { manifest, head };
}

export function newInstallPlan(
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

/**
 * Patches the status with `desired` (plus lastUpdated) unless it already holds it, so reconciles
 * settle.
 */
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

/** OLM's label for an operator's components; a label name is at most 63 characters. */
function operatorLabel(packageName: string, namespace: string): string {
  const name = `${packageName}.${namespace}`.slice(0, 63).replace(/[^a-z0-9]+$/, '');
  return `operators.coreos.com/${name}`;
}
