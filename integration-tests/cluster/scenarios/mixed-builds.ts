// aws-fresh with WMCO 10.22.0 installed and Windows nodes of two builds side by side: two Windows
// Server 2022 nodes (10.0.20348) from the Windows MachineSet and two Windows Server 2019 BYOH hosts
// (10.0.17763). No RuntimeClass exists yet. Namespace `windows-apps` holds `legacy-web`, a
// Deployment whose ltsc2019 image is paired with RuntimeClass windows2022: the build mismatch the
// workload checker must catch. Pods need not run: nothing here schedules them.
import type { KubeClient } from '../kube-client';
import { resources } from '../resources';
import { seedAwsFresh } from './aws-fresh';
import {
  byohNode,
  machineNode,
  seedWindowsWorkers,
  seedWmcoInstallation,
  wmcoInstalledWithNodes,
} from './wmco-installed-with-nodes';

const WORKLOAD_NAMESPACE = 'windows-apps';

const nodes = [
  machineNode('h7k2p', 'i-0a1b2c3d4e5f60718', '10.0.133.41'),
  machineNode('m3q9x', 'i-0f9e8d7c6b5a40312', '10.0.139.77'),
  byohNode('win2019-byoh-01', '10.1.42.21', '10.0.17763'),
  byohNode('win2019-byoh-02', '10.1.42.22', '10.0.17763'),
];

/** A Deployment made for Windows Server 2019 but pinned to 2022 nodes by its RuntimeClass. */
const legacyWeb = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'legacy-web', namespace: WORKLOAD_NAMESPACE, labels: { app: 'legacy-web' } },
  spec: {
    replicas: 1,
    selector: { matchLabels: { app: 'legacy-web' } },
    template: {
      metadata: { labels: { app: 'legacy-web' } },
      spec: {
        os: { name: 'windows' },
        runtimeClassName: 'windows2022',
        containers: [
          {
            name: 'web',
            image: 'mcr.microsoft.com/windows/servercore:ltsc2019',
            command: ['powershell.exe', '-command', 'Start-Sleep -Seconds 86400'],
          },
        ],
      },
    },
  },
};

export const mixedBuilds = {
  wmcoNamespace: wmcoInstalledWithNodes.namespace,
  workloadNamespace: WORKLOAD_NAMESPACE,
  nodes,
  builds: {
    '2019': { build: '10.0.17763', tag: 'ltsc2019', runtimeClass: 'windows2019' },
    '2022': { build: '10.0.20348', tag: 'ltsc2022', runtimeClass: 'windows2022' },
  },
  legacyDeployment: {
    name: legacyWeb.metadata.name,
    image: 'ltsc2019',
    runtimeClass: 'windows2022',
  },
} as const;

export async function seedMixedBuilds(client: KubeClient): Promise<void> {
  await seedAwsFresh(client);
  await seedWmcoInstallation(client, {
    approval: 'Automatic',
    version: wmcoInstalledWithNodes.version,
    fullVersions: [wmcoInstalledWithNodes.fullVersion],
  });
  await seedWindowsWorkers(client, nodes);
  await client.create(resources.namespaces, {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: WORKLOAD_NAMESPACE },
  });
  await client.create(resources.deployments, legacyWeb);
}
