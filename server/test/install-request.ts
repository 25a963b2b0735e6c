import type { InstallRequest } from '../contract/install';

/** The guide's install (4.1.2) into `namespace`, as the wizard sends it, with a key generated on the server. */
export function guideInstallRequest(namespace: string): InstallRequest {
  return {
    namespace,
    clusterMonitoring: true,
    channel: 'stable',
    approval: 'Automatic',
    source: 'redhat-operators',
    sourceNamespace: 'openshift-marketplace',
    key: { mode: 'generate', type: 'ed25519' },
  };
}
