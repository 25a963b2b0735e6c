// The operator marketplace of a connected OpenShift 4.22 cluster: the default CatalogSources and
// the windows-machine-config-operator package in the shape OLM's package server returns it.
import type { KubeClient } from '../kube-client';
import { resources } from '../resources';
import { createWithStatus, timestampSecondsAgo } from './seed';

export const MARKETPLACE_NAMESPACE = 'openshift-marketplace';
export const WMCO_PACKAGE = 'windows-machine-config-operator';
const WMCO_NAMESPACE = 'openshift-windows-machine-config-operator';

const catalogs = [
  {
    name: 'redhat-operators',
    displayName: 'Red Hat Operators',
    index: 'redhat-operator-index',
    priority: -100,
  },
  {
    name: 'community-operators',
    displayName: 'Community Operators',
    index: 'community-operator-index',
    priority: -400,
  },
];

export async function seedMarketplace(client: KubeClient): Promise<void> {
  for (const catalog of catalogs) {
    await createWithStatus(client, resources.catalogSources, {
      apiVersion: 'operators.coreos.com/v1alpha1',
      kind: 'CatalogSource',
      metadata: { name: catalog.name, namespace: MARKETPLACE_NAMESPACE },
      spec: {
        sourceType: 'grpc',
        image: `registry.redhat.io/redhat/${catalog.index}:v4.22`,
        displayName: catalog.displayName,
        publisher: 'Red Hat',
        priority: catalog.priority,
        updateStrategy: { registryPoll: { interval: '10m' } },
      },
      status: {
        connectionState: {
          address: `${catalog.name}.${MARKETPLACE_NAMESPACE}.svc:50051`,
          lastConnect: timestampSecondsAgo(120),
          lastObservedState: 'READY',
        },
        registryService: {
          createdAt: timestampSecondsAgo(86_400),
          port: '50051',
          protocol: 'grpc',
          serviceName: catalog.name,
          serviceNamespace: MARKETPLACE_NAMESPACE,
        },
      },
    });
  }
  // No status subresource on the stand-in: the status is part of the object, as the package server
  // serves it.
  await client.create(resources.packageManifests, {
    apiVersion: 'packages.operators.coreos.com/v1',
    kind: 'PackageManifest',
    metadata: {
      name: WMCO_PACKAGE,
      namespace: MARKETPLACE_NAMESPACE,
      labels: {
        catalog: 'redhat-operators',
        'catalog-namespace': MARKETPLACE_NAMESPACE,
        'operatorframework.io/arch.amd64': 'supported',
        'operatorframework.io/os.linux': 'supported',
      },
    },
    spec: {},
    status: {
      catalogSource: 'redhat-operators',
      catalogSourceDisplayName: 'Red Hat Operators',
      catalogSourceNamespace: MARKETPLACE_NAMESPACE,
      catalogSourcePublisher: 'Red Hat',
      packageName: WMCO_PACKAGE,
      provider: { name: 'Red Hat' },
      defaultChannel: 'stable',
      channels: [
        wmcoChannel('stable', ['10.22.0', '10.21.2']),
        wmcoChannel('preview', ['10.22.1']),
      ],
    },
  });
}

/** A channel whose versions are listed newest first; the newest is its head (currentCSV). */
function wmcoChannel(name: string, versions: [string, ...string[]]): object {
  const version = versions[0];
  const [major, minor] = version.split('.');
  return {
    name,
    currentCSV: `${WMCO_PACKAGE}.v${version}`,
    currentCSVDesc: {
      displayName: 'Windows Machine Config Operator',
      version,
      description: 'An operator that enables Windows container workloads on OCP',
      provider: { name: 'Red Hat' },
      maturity: 'stable',
      minKubeVersion: '1.35.0',
      keywords: ['windows'],
      annotations: {
        capabilities: 'Seamless Upgrades',
        categories: 'OpenShift Optional',
        'features.operators.openshift.io/disconnected': 'true',
        'features.operators.openshift.io/proxy-aware': 'true',
        'olm.skipRange': `>=${major}.${Number(minor) - 1}.0 <${version}`,
        'operatorframework.io/suggested-namespace': WMCO_NAMESPACE,
        'operators.openshift.io/valid-subscription':
          '["Red Hat OpenShift support for Windows Containers"]',
        support: 'Red Hat',
      },
      installModes: [
        { type: 'OwnNamespace', supported: true },
        { type: 'SingleNamespace', supported: false },
        { type: 'MultiNamespace', supported: false },
        { type: 'AllNamespaces', supported: false },
      ],
      relatedImages: [
        `registry.redhat.io/openshift4-wincw/windows-machine-config-rhel9-operator:v${version}`,
      ],
    },
    entries: versions.map((entry) => ({ name: `${WMCO_PACKAGE}.v${entry}`, version: entry })),
  };
}
