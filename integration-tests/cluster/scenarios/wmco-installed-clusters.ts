// Clusters ready for their first Windows MachineSet, one per platform of the guide's chapter 5: the
// platform's Linux workers, WMCO 10.22.0 installed by OLM, an Ed25519 cloud-private-key and the
// windows-user-data WMCO derived from it, and no Windows machines yet. vSphere has the custom VXLAN
// port hybrid networking needs there (guide 2.8), so only Windows Server 2022 and later apply.
import type { KubeClient } from '../kube-client';
import { resources } from '../resources';
import { cloudPrivateKeySecret, windowsUserDataSecret, wmcoFullVersion } from '../simulators/wmco';
import { awsFresh } from './aws-fresh';
import { azureCluster } from './azure-cluster';
import { gcpCluster } from './gcp-cluster';
import { seedOpenShiftCluster, type ClusterShape } from './openshift-cluster';
import { vsphereDefaultVxlan } from './vsphere-default-vxlan';
import { seedWmcoInstallation, wmcoInstalledWithNodes } from './wmco-installed-with-nodes';
import { generateSshKeyPairSync } from '../../../server/src/domain/keys/ssh-key-pair';

export const WMCO_VERSION = '10.22.0';
export const VSPHERE_VXLAN_PORT = 9898;

/** A cluster of this shape with WMCO installed, its key, and no Windows machines yet. */
export function wmcoInstalledOn(shape: ClusterShape) {
  return async (client: KubeClient): Promise<void> => {
    await seedOpenShiftCluster(client, shape);
    await seedWmcoInstallation(client, {
      approval: 'Automatic',
      version: WMCO_VERSION,
      fullVersions: [wmcoFullVersion(WMCO_VERSION)],
    });
    const keyPair = generateSshKeyPairSync('ed25519');
    const { namespace } = wmcoInstalledWithNodes;
    await client.create(resources.secrets, cloudPrivateKeySecret(namespace, keyPair.private));
    await client.create(resources.secrets, windowsUserDataSecret(keyPair.private));
  };
}

export const seedAwsWmcoInstalled = wmcoInstalledOn(awsFresh);
export const seedAzureWmcoInstalled = wmcoInstalledOn(azureCluster);
export const seedGcpWmcoInstalled = wmcoInstalledOn(gcpCluster);
export const seedVsphereWmcoInstalled = wmcoInstalledOn({
  ...vsphereDefaultVxlan,
  network: { type: 'OVNKubernetes', hybridOverlayVXLANPort: VSPHERE_VXLAN_PORT },
});
