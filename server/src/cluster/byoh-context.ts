import type { KubeConfig } from '@kubernetes/client-node';
import type { BuildRules } from '../domain/byoh/host-checks';
import { wmcoRulesFor } from '../domain/support/support-matrix';
import { wmcoNames } from '../domain/wmco-names';
import { HttpError } from '../errors/http-error';
import { loginKey, type LoginKey } from '../ssh/login-key';
import { CallerClient, kinds } from './olm-client';
import type {
  ClusterServiceVersion,
  Infrastructure,
  OperatorNetwork,
  Subscription,
} from '../domain/openshift-objects';
import { PermissiveReader } from './permissive-reader';
import { SnapshotReader } from './snapshot-reader';
import { wmcoNamespaceOf } from './wmco-namespace';

/** Where BYOH lives: WMCO's namespace (its Subscription's, before install the guide's default). */
export interface ByohContext {
  namespace: string;
  subscription?: Subscription;
}

export async function readByohContext(kubeConfig: KubeConfig): Promise<ByohContext> {
  const subscription = await new SnapshotReader(kubeConfig).wmcoSubscription();
  return {
    namespace: wmcoNamespaceOf(subscription),
    subscription,
  };
}

/** The installed WMCO version, the platform and the VXLAN port: what decides the supported builds. */
export async function readBuildRules(
  kubeConfig: KubeConfig,
  context: ByohContext,
): Promise<BuildRules> {
  const client = new CallerClient(kubeConfig);
  const reader = new PermissiveReader();
  const csvName = context.subscription?.status?.installedCSV;
  const [csv, infrastructure, network] = await Promise.all([
    csvName
      ? reader.read('clusterserviceversions.operators.coreos.com', () =>
          client.get<ClusterServiceVersion>(
            kinds.clusterServiceVersion,
            context.namespace,
            csvName,
          ),
        )
      : undefined,
    reader.read('infrastructures.config.openshift.io', () =>
      client.getCluster<Infrastructure>(kinds.infrastructure, 'cluster'),
    ),
    reader.read('networks.operator.openshift.io', () =>
      client.getCluster<OperatorNetwork>(kinds.operatorNetwork, 'cluster'),
    ),
  ]);
  const version = csv?.spec?.version;
  const overlay = network?.spec?.defaultNetwork?.ovnKubernetesConfig?.hybridOverlayConfig;
  return {
    wmco: version ? wmcoRulesFor(version) : undefined,
    platform: infrastructure?.status?.platformStatus?.type,
    customVxlanPort: overlay?.hybridOverlayVXLANPort !== undefined,
  };
}

/**
 * cloud-private-key, read with the caller's token: whoever may not read it may not log in with it. The key
 * stays in this process; errors name the secret, never its content.
 */
export async function readLoginKey(kubeConfig: KubeConfig, namespace: string): Promise<LoginKey> {
  const secretName = `${namespace}/${wmcoNames.privateKeySecret}`;
  const reader = new PermissiveReader();
  const secret = await reader.read('secrets', () =>
    new CallerClient(kubeConfig).core.readNamespacedSecret({
      name: wmcoNames.privateKeySecret,
      namespace,
    }),
  );
  if (reader.unreadable.size > 0) {
    throw new HttpError(
      403,
      `You may not read secret ${secretName}: the SSH preflight logs in with that key, with your permissions.`,
    );
  }
  if (!secret) {
    throw new HttpError(
      409,
      `Secret ${secretName} does not exist: install WMCO and create its key first.`,
    );
  }
  const encoded = secret.data?.[wmcoNames.privateKeyField];
  const key = encoded ? loginKey(Buffer.from(encoded, 'base64').toString('utf8')) : undefined;
  if (!key) {
    throw new HttpError(
      409,
      `Secret ${secretName} holds no usable private key in ${wmcoNames.privateKeyField}: replace it on the Install page.`,
    );
  }
  return key;
}
