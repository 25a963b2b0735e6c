import type { V1Secret } from '@kubernetes/client-node';
import { apiIntTarget } from '../../domain/byoh/api-int-check';
import type {
  ClusterServiceVersion,
  Infrastructure,
  OperatorNetwork,
  Subscription,
} from '../../domain/openshift-objects';
import { wmcoRulesFor } from '../../domain/support/support-matrix';
import { wmcoNames } from '../../domain/wmco-names';
import { HttpError } from '../../errors/http-error';
import type { PreflightTools } from '../../ssh/host-preflight';
import { loginKey, type LoginKey } from '../../ssh/login-key';
import { kinds } from '../kinds';
import type { ClusterReader } from '../reader/cluster-reader';
import { wmcoNamespaceOf } from '../wmco/wmco-namespace';
import { readWmcoSubscription } from '../wmco/wmco-state';

/** Where BYOH lives: WMCO's namespace (its Subscription's, before install the guide's default). */
export interface ByohContext {
  namespace: string;
  subscription?: Subscription;
}

/** Read afresh (not from a cache): writes and SSH act on what it names. */
export async function readByohContext(reader: ClusterReader): Promise<ByohContext> {
  const subscription = await readWmcoSubscription(reader);
  return {
    namespace: wmcoNamespaceOf(subscription),
    subscription,
  };
}

/**
 * What the preflight judges hosts against: the installed WMCO version, the platform and the VXLAN port
 * (the supported builds), and on vSphere the api-int name every host must resolve.
 */
export async function readClusterRules(
  reader: ClusterReader,
  context: ByohContext,
): Promise<Pick<PreflightTools, 'buildRules' | 'apiInt'>> {
  const csvName = context.subscription?.status?.installedCSV;
  const [csv, infrastructure, network] = await Promise.all([
    csvName
      ? reader.get<ClusterServiceVersion>(kinds.clusterServiceVersion, csvName, context.namespace)
      : undefined,
    reader.get<Infrastructure>(kinds.infrastructure, 'cluster'),
    reader.get<OperatorNetwork>(kinds.operatorNetwork, 'cluster'),
  ]);
  const version = csv?.spec?.version;
  const overlay = network?.spec?.defaultNetwork?.ovnKubernetesConfig?.hybridOverlayConfig;
  return {
    buildRules: {
      wmco: version ? wmcoRulesFor(version) : undefined,
      platform: infrastructure?.status?.platformStatus?.type,
      customVxlanPort: overlay?.hybridOverlayVXLANPort !== undefined,
    },
    apiInt: apiIntTarget(infrastructure),
  };
}

/**
 * cloud-private-key, read with the caller's token: whoever may not read it may not log in with it. The key
 * stays in this process; errors name the secret, never its content.
 */
export async function readLoginKey(reader: ClusterReader, namespace: string): Promise<LoginKey> {
  const named = { secret: `${namespace}/${wmcoNames.privateKeySecret}` };
  const secret = await reader.getWhole<V1Secret>(
    kinds.secret,
    wmcoNames.privateKeySecret,
    namespace,
  );
  if (reader.isUnreadable(kinds.secret)) {
    throw new HttpError(403, { code: 'private-key-unreadable', params: named });
  }
  if (!secret) {
    throw new HttpError(409, { code: 'private-key-secret-missing', params: named });
  }
  const encoded = secret.data?.[wmcoNames.privateKeyField];
  const key = encoded ? loginKey(Buffer.from(encoded, 'base64').toString('utf8')) : undefined;
  if (!key) {
    const params = { ...named, field: wmcoNames.privateKeyField };
    throw new HttpError(409, { code: 'private-key-secret-unusable', params });
  }
  return key;
}
